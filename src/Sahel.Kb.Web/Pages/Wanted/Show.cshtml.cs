using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sahel.Kb.Data;
using Sahel.Kb.Domain;

namespace Sahel.Kb.Web.Pages.Wanted;

/// <summary>One name without an article: where it is mentioned.</summary>
public sealed class ShowModel(KbDbContext db) : PageModel
{
    public WantedEntry Entry { get; private set; } = new("", "", [], null, []);

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken cancellationToken)
    {
        var key = WantedName.CreateKey(name);
        if (key != name)
        {
            return key.Length == 0 ? NotFound() : RedirectToPagePermanent("/Wanted/Show", new { name = key });
        }

        var entries = await WantedEntry.LoadAsync(db, [key], cancellationToken);
        if (entries.Count == 0)
        {
            return NotFound();
        }

        Entry = entries[0];
        return Page();
    }
}
