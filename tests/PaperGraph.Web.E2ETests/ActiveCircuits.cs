using System.Diagnostics.Metrics;

namespace PaperGraph.Web.E2ETests;

/// <summary>The server's own count of active Blazor circuits (<c>aspnetcore.components.circuit.active</c>), heard
/// through a <see cref="MeterListener"/> in the test process, where the app runs. The counter reports changes, so
/// this counts circuits opened and closed since it started listening; a circuit of an earlier test that closes late
/// counts as a close too, so <see cref="Opened"/> is the figure to trust for how many this test started.</summary>
public sealed class ActiveCircuits : IDisposable
{
    private const string MeterName = "Microsoft.AspNetCore.Components.Server.Circuits";
    private const string InstrumentName = "aspnetcore.components.circuit.active";
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    private readonly MeterListener _listener = new();
    private long _count;
    private long _peak;
    private long _opened;

    public ActiveCircuits()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == MeterName && instrument.Name == InstrumentName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, change, _, _) =>
        {
            var now = Interlocked.Add(ref _count, change);
            InterlockedMax(ref _peak, now);
            if (change > 0)
            {
                Interlocked.Add(ref _opened, change);
            }
        });
        _listener.Start();
    }

    /// <summary>Circuits open now, less those open when listening started.</summary>
    public long Count => Interlocked.Read(ref _count);

    /// <summary>Circuits opened since listening started.</summary>
    public long Opened => Interlocked.Read(ref _opened);

    /// <summary>The most circuits open at once since listening started.</summary>
    public long Peak => Interlocked.Read(ref _peak);

    /// <summary>Waits until no more circuits are open than when listening started.</summary>
    public async Task WaitUntilAllClosedAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        while (Count > 0)
        {
            await Task.Delay(Poll, cancellation.Token);
        }
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var seen = Interlocked.Read(ref target);
        while (value > seen && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
            seen = Interlocked.Read(ref target);
        }
    }

    public void Dispose() => _listener.Dispose();
}
