using Microsoft.Extensions.Caching.Memory;
using Sahel.Kb.Browse;

namespace Sahel.Kb.Web.Prepared;

/// <summary>
/// The prepared pages read most, kept in memory up to <see cref="SizeLimit"/> bytes of compressed
/// HTML (about 3,000 pages): a hot page costs no database read. Forgotten whole when the
/// knowledge base's version moves (<see cref="ContentWatch"/>), as the output cache is; a page
/// that is not prepared is not kept, so the next read looks at the store again.
/// </summary>
public sealed class HotPages : IDisposable
{
    public const long SizeLimit = 16 * 1024 * 1024;

    private MemoryCache _pages = New();

    public async Task<StoredPage?> GetOrReadAsync(string slug, string language, Func<Task<StoredPage?>> read)
    {
        var key = $"{language}/{slug}";
        var pages = _pages;
        if (pages.TryGetValue(key, out StoredPage? page))
        {
            return page;
        }

        page = await read();
        if (page is not null)
        {
            pages.Set(key, page, new MemoryCacheEntryOptions { Size = page.Html.Length + key.Length });
        }

        return page;
    }

    /// <summary>
    /// Forgets every page: the knowledge changed. A new cache takes the old one's place, so a read
    /// that began before the change stores its page in the old one, which is dropped unread (not
    /// disposed: that read may still be storing into it).
    /// </summary>
    public void Clear() => Interlocked.Exchange(ref _pages, New());

    public void Dispose() => _pages.Dispose();

    private static MemoryCache New() => new(new MemoryCacheOptions { SizeLimit = SizeLimit, CompactionPercentage = 0.25 });
}
