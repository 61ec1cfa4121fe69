using Aliado.Data;
using Microsoft.Extensions.Caching.Memory;

namespace Aliado.Platform;

/// <summary>
/// Remembers, between requests, who a token or a session is: the account's security stamp, time zone,
/// memberships and their workspaces. Reading them took the heaviest statement of every request; a
/// remembered caller is used only while the database's <see cref="AccessEpoch"/> still has the value it
/// had when the caller was read (one primary-key read), so a membership removed, a token revoked or a
/// password changed — on this node or any other — takes effect on the very next request.
/// </summary>
public sealed class CallerCache : IDisposable
{
    private readonly MemoryCache _remembered = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    private sealed record Entry(object Value, long Epoch);

    /// <summary>
    /// The caller remembered under <paramref name="key"/> if nothing changed since, else what
    /// <paramref name="load"/> reads (with the epoch it read in the same statement), remembered for next time.
    /// </summary>
    public async Task<T?> GetAsync<T>(string key, AliadoDbContext db, Func<Task<(T? Value, long? Epoch)>> load, CancellationToken cancellationToken)
        where T : class
    {
        if (_remembered.TryGetValue(key, out Entry? entry) && entry!.Value is T value
            && await AccessEpoch.ReadAsync(db, cancellationToken) == entry.Epoch)
        {
            return value;
        }
        var (loaded, epoch) = await load();
        if (loaded is not null && epoch is { } current)
        {
            Remember(key, loaded, current);
        }
        else
        {
            _remembered.Remove(key);
        }
        return loaded;
    }

    /// <summary>Replaces what is remembered under <paramref name="key"/> with a newer copy read at the same epoch.</summary>
    public void Refresh<T>(string key, T value) where T : class
    {
        if (_remembered.TryGetValue(key, out Entry? entry))
        {
            Remember(key, value, entry!.Epoch);
        }
    }

    private void Remember(string key, object value, long epoch) =>
        _remembered.Set(key, new Entry(value, epoch), new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });

    public void Dispose() => _remembered.Dispose();
}
