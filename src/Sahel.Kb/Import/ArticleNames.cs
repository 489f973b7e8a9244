using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Data;
using Sahel.Kb.Domain;

namespace Sahel.Kb.Import;

/// <summary>
/// Every article's names as <see cref="NameSieve"/> compares them, at one version of the knowledge
/// base: what an edit's relink sieves to find the few articles whose names its texts may hold,
/// without reading every article's names again. Immutable: an edit makes a new one.
/// </summary>
public sealed class ArticleNames
{
    private readonly Dictionary<int, SieveKey[]> _keys;

    private ArticleNames(long version, Dictionary<int, SieveKey[]> keys, IReadOnlyCollection<int> changed) => (Version, _keys, Changed) = (version, keys, changed);

    /// <summary>The version of the knowledge base the names were read at.</summary>
    public long Version { get; }

    /// <summary>The articles read again to make these names from the ones before (none when read whole).</summary>
    public IReadOnlyCollection<int> Changed { get; }

    public int Count => _keys.Count;

    /// <summary>Reads every article's names (title, aliases, kind) at <paramref name="version"/>.</summary>
    public static async Task<ArticleNames> ReadAsync(KbDbContext db, long version, CancellationToken cancellationToken = default) =>
        new(version, await KeysAsync(db, db.Articles, cancellationToken), []);

    /// <summary>The ids of the articles, outside <paramref name="except"/>, whose names the sieve's texts may hold.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<int> NamedIn(NameSieve sieve, IReadOnlySet<int> except)
    {
        var named = new List<int>();
        foreach (var (id, keys) in _keys)
        {
            foreach (var key in keys)
            {
                if (sieve.MayHold(key))
                {
                    if (!except.Contains(id))
                    {
                        named.Add(id);
                    }

                    break;
                }
            }
        }

        return named;
    }

    /// <summary>These names with the articles of <paramref name="changed"/> read again, at <paramref name="version"/>.</summary>
    public async Task<ArticleNames> WithAsync(KbDbContext db, IReadOnlyCollection<int> changed, long version, CancellationToken cancellationToken = default)
    {
        var keys = new Dictionary<int, SieveKey[]>(_keys);
        foreach (var (id, names) in await KeysAsync(db, db.Articles.Where(a => changed.Contains(a.Id)), cancellationToken))
        {
            keys[id] = names;
        }

        return new ArticleNames(version, keys, [.. changed]);
    }

    private static async Task<Dictionary<int, SieveKey[]>> KeysAsync(KbDbContext db, IQueryable<Article> articles, CancellationToken cancellationToken)
    {
        var titles = await articles.AsNoTracking().Select(a => new { a.Id, a.Title, a.Kind }).ToListAsync(cancellationToken);
        var ids = articles.Select(a => a.Id);
        var aliases = (await db.Aliases.AsNoTracking().Where(a => ids.Contains(a.ArticleId)).Select(a => new { a.ArticleId, a.Name }).ToListAsync(cancellationToken))
            .ToLookup(a => a.ArticleId, a => a.Name);
        return titles.ToDictionary(a => a.Id, a => SieveKey.Of(a.Title, aliases[a.Id], a.Kind));
    }
}
