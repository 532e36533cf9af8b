using PaperGraph.Web.Services;

namespace PaperGraph.Web.Tests.Services;

public sealed class ExpiringCacheTests
{
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private readonly ManualClock _clock = new();
    private int _computations;

    private ExpiringCache<int> NewCache(Func<Task<int>>? compute = null) =>
        new(_ => compute?.Invoke() ?? Task.FromResult(++_computations), TimeSpan.FromMinutes(1), _clock);

    [Fact]
    public async Task A_value_is_reused_until_it_expires()
    {
        var cache = NewCache();

        Assert.Equal(1, await cache.GetAsync());
        _clock.Now += TimeSpan.FromSeconds(59);
        Assert.Equal(1, await cache.GetAsync());
        _clock.Now += TimeSpan.FromSeconds(1);
        Assert.Equal(2, await cache.GetAsync());
    }

    [Fact]
    public async Task Invalidate_forces_a_new_computation()
    {
        var cache = NewCache();
        await cache.GetAsync();

        cache.Invalidate();

        Assert.Equal(2, await cache.GetAsync());
    }

    [Fact]
    public async Task A_failed_computation_is_not_kept()
    {
        var fail = true;
        var cache = NewCache(() => fail ? Task.FromException<int>(new IOException("busy")) : Task.FromResult(7));

        await Assert.ThrowsAsync<IOException>(() => cache.GetAsync());
        fail = false;

        Assert.Equal(7, await cache.GetAsync());
    }

    [Fact]
    public async Task A_cancelled_caller_does_not_cancel_the_shared_computation()
    {
        var pending = new TaskCompletionSource<int>();
        var cache = NewCache(() => pending.Task);
        using var closedTab = new CancellationTokenSource();

        var first = cache.GetAsync(closedTab.Token);
        var second = cache.GetAsync();
        closedTab.Cancel();
        pending.SetResult(42);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal(42, await second);
    }
}
