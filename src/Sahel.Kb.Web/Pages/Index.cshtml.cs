using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Data;
using Sahel.Kb.Domain;

namespace Sahel.Kb.Web.Pages;

public sealed class IndexModel(KbDbContext db) : PageModel
{
    public sealed record KindGroup(string Label, IReadOnlyList<string> Articles);

    public int Total { get; private set; }

    public IReadOnlyList<KindGroup> Kinds { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var articles = await db.Articles.AsNoTracking()
            .Select(a => new { a.Title, a.Kind })
            .ToListAsync(cancellationToken);
        Total = articles.Count;
        Kinds = articles
            .GroupBy(a => a.Kind)
            .OrderBy(g => g.Key)
            .Select(g => new KindGroup(Plural(g.Key), g.Select(a => a.Title).Order(StringComparer.CurrentCulture).ToList()))
            .ToList();
    }

    private static string Plural(ArticleKind kind) => kind switch
    {
        ArticleKind.Event => "Events",
        ArticleKind.Region => "Regions",
        ArticleKind.Group => "Groups",
        ArticleKind.Person => "People",
        ArticleKind.Agreement => "Agreements",
        _ => kind.Name(),
    };
}
