using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Data;
using Sahel.Kb.Domain;
using Sahel.Kb.Editing;
using Sahel.Kb.Text;

namespace Sahel.Kb.Web.Pages.Admin.Articles;

/// <summary>An admin edits an article's title, kind, aliases and Markdown summary, with a preview; every save is a revision.</summary>
public sealed class EditModel(KbDbContext db, ArticleEditor editor) : PageModel
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

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().Include(a => a.Aliases).SingleOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        var fields = ArticleFields.Of(article);
        (Slug, Title, Kind, Aliases, Summary) = (slug, fields.Title, fields.Kind, string.Join('\n', fields.Aliases), fields.Summary);
        return Page();
    }

    public IActionResult OnPostPreview(string slug)
    {
        Slug = slug;
        PreviewHtml = SummaryHtml.Render(Summary ?? "", []);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string slug, CancellationToken cancellationToken)
    {
        Slug = slug;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var fields = new ArticleFields(Title, Kind, (Aliases ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), Summary ?? "");
            await editor.SaveAsync(slug, fields, User.Identity?.Name ?? "admin", cancellationToken: cancellationToken);
            return RedirectToPage("/Articles/Show", new { slug });
        }
        catch (EditException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }
    }
}
