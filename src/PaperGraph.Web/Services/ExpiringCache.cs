namespace PaperGraph.Web.Services;

/// <summary>Holds the result of a corpus-wide query for a while, so that every page view does not recompute
/// aggregates over the whole graph. One computation is shared by concurrent callers; it runs without their
/// cancellation so that one closed browser tab cannot fail it for the others.</summary>
public sealed class ExpiringCache<T>(Func<CancellationToken, Task<T>> compute, TimeSpan lifetime, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private Task<T>? _value;
    private DateTimeOffset _expires;

    public Task<T> GetAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_value is null || _value.IsFaulted || _value.IsCanceled || clock.GetUtcNow() >= _expires)
            {
                _value = compute(CancellationToken.None);
                _expires = clock.GetUtcNow() + lifetime;
            }
            return _value.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Forgets the value, e.g. after an import changed the corpus.</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            _value = null;
        }
    }
}
