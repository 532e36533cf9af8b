using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Tests.Graph;

public sealed class VersionedCacheTests
{
    private readonly VersionedCache<int> _cache = new();
    private int _loads;

    private Task<int> LoadAsync() => Task.FromResult(++_loads);

    [Fact]
    public async Task The_same_version_reuses_the_kept_value()
    {
        await _cache.GetAsync(1, "key", LoadAsync);

        Assert.Equal(1, await _cache.GetAsync(1, "key", LoadAsync));
        Assert.Equal(1, _loads);
    }

    [Fact]
    public async Task A_new_version_loads_again()
    {
        await _cache.GetAsync(1, "key", LoadAsync);

        Assert.Equal(2, await _cache.GetAsync(2, "key", LoadAsync));
    }
}
