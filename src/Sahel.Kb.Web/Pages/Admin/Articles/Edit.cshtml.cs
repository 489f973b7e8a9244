using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Data;
using Sahel.Kb.Domain;
using Sahel.Kb.Editing;
using Sahel.Kb.Text;

namespace Sahel.Kb.Web.Pages.Admin.Articles;

/// <summary>A statement as the edit page lists it.</summary>
public sealed record StatementLine(int Id, string Label, string Name, string? Slug, string Qualifiers, string Evidence, string Source);

/// <summary>
/// An admin edits an article's title, kind, aliases and Markdown summary, with a preview; every
/// save is a revision. Below, the article's statements: an admin adds one or takes one back.
/// </summary>
public sealed class EditModel(KbDbContext db, ArticleEditor editor, StatementEditor statements, Prepared.PagePreparer preparer) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "The title cannot be empty.")]
    [StringLength(ArticleEditor.MaxTitleLength)]
    public string Title { get; set; } = "";

    [BindProperty]
    public ArticleKind Kind { get; set; }

    /// <summary>One alias a line.</summary>
    [BindProperty]
    public string? Aliases { get; set; }

    [BindProperty]
    [StringLength(ArticleEditor.MaxSummaryLength)]
    public string? Summary { get; set; }

    public string Slug { get; private set; } = "";

    public string? PreviewHtml { get; private set; }

    public IReadOnlyList<StatementLine> Statements { get; private set; } = [];

    private async Task LoadStatementsAsync(string slug, CancellationToken cancellationToken)
    {
        var rows = await db.Statements.AsNoTracking()
            .Where(s => !s.Removed && db.Articles.Any(a => a.Id == s.SubjectArticleId && a.Slug == slug))
            .Select(s => new { s.Id, s.Property, s.ObjectName, Slug = db.Articles.Where(a => a.Id == s.ObjectArticleId).Select(a => a.Slug).FirstOrDefault(), s.Qualifiers, s.Evidence, s.Source })
            .ToListAsync(cancellationToken);
        Statements = rows
            .Select(r => new StatementLine(r.Id, StatementProperties.Find(r.Property)?.Label ?? r.Property, r.ObjectName, r.Slug, r.Qualifiers.Replace('\n', ' '), r.Evidence, r.Source))
            .OrderBy(r => r.Label, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.CurrentCulture)
            .ToList();
    }

    /// <summary>Adds a statement: property, object (an article's address or title, or a name), side, period, evidence.</summary>
    public async Task<IActionResult> OnPostAddStatementAsync(string slug, string? property, string? @object, string? side, string? from, string? to, string? evidence, CancellationToken cancellationToken) =>
        await ChangeStatementsAsync(slug, () => statements.AddAsync(slug, new StatementFields(property ?? "", @object ?? "", side, from, to, evidence ?? ""), User.Identity?.Name ?? "admin", cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostRemoveStatementAsync(string slug, int statementId, CancellationToken cancellationToken) =>
        await ChangeStatementsAsync(slug, () => statements.RemoveAsync(slug, statementId, cancellationToken), cancellationToken);

    private async Task<IActionResult> ChangeStatementsAsync(string slug, Func<Task> change, CancellationToken cancellationToken)
    {
        try
        {
            await change();
            return RedirectToPage(new { slug });
        }
        catch (EditException e)
        {
            ModelState.Clear();
            ModelState.AddModelError("", e.Message);
            return await OnGetAsync(slug, cancellationToken) is NotFoundResult ? NotFound() : Page();
        }
    }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().Include(a => a.Aliases).SingleOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        var fields = ArticleFields.Of(article);
        (Slug, Title, Kind, Aliases, Summary) = (slug, fields.Title, fields.Kind, string.Join('\n', fields.Aliases), fields.Summary);
        await LoadStatementsAsync(slug, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(string slug, CancellationToken cancellationToken)
    {
        Slug = slug;
        PreviewHtml = SummaryHtml.Render(Summary ?? "", []);
        await LoadStatementsAsync(slug, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string slug, CancellationToken cancellationToken)
    {
        Slug = slug;
        if (!ModelState.IsValid)
        {
            await LoadStatementsAsync(slug, cancellationToken);
            return Page();
        }

        try
        {
            var fields = new ArticleFields(Title, Kind, (Aliases ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), Summary ?? "");
            var revision = await editor.SaveAsync(slug, fields, User.Identity?.Name ?? "admin", cancellationToken: cancellationToken);
            // Readers get the new page at once; the pages that show it follow in the background.
            await preparer.PrepareNowAsync(revision.ArticleId, slug, cancellationToken);
            return RedirectToPage("/Articles/Show", new { slug });
        }
        catch (EditException e)
        {
            ModelState.AddModelError("", e.Message);
            await LoadStatementsAsync(slug, cancellationToken);
            return Page();
        }
    }
}
