using System.Net;
using PaperGraph.Tests.Shared;

namespace PaperGraph.Cli.Tests.Bench;

/// <summary>A real HTTP server on 127.0.0.1 that answers every request through <paramref name="answer"/> and counts
/// what it served, for the load runner to drive.</summary>
internal sealed class ScriptedHttpServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<string, (int Status, string Body)> _answer;
    private readonly Task _loop;
    private int _served;

    public ScriptedHttpServer(Func<string, (int Status, string Body)> answer)
    {
        _answer = answer;
        Address = new Uri($"http://127.0.0.1:{FreePort.Find()}/");
        _listener.Prefixes.Add(Address.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Address { get; }

    public int Served => Volatile.Read(ref _served);

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            var (status, body) = _answer(context.Request.Url!.PathAndQuery);
            Interlocked.Increment(ref _served);
            try
            {
                context.Response.StatusCode = status;
                await context.Response.OutputStream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(body));
                context.Response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
            {
                // The client gave up on this request (a run's deadline cancels those in flight); serve the next.
            }
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
