using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sahel.Kb.Web.Offline;

namespace Sahel.Kb.Web.Pages.Admin;

/// <summary>Builds the offline edition in the background, shows its progress, and hands out its files.</summary>
public sealed class OfflineModel(OfflineEditions editions) : PageModel
{
    public OfflineEditions Editions => editions;

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        editions.TryStart();
        return RedirectToPage();
    }

    public IActionResult OnGetZim() => Download(OfflineEditions.ZimName, "application/x-zim");

    public IActionResult OnGetZip() => Download(OfflineEditions.ZipName, "application/zip");

    private IActionResult Download(string name, string contentType)
    {
        var file = Path.Combine(editions.Folder, name);
        return System.IO.File.Exists(file) ? PhysicalFile(file, contentType, name) : NotFound();
    }
}

/// <summary>A file's size as a reader reads it: "3.4 MB".</summary>
public static class Sizes
{
    public static string Of(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => $"{bytes / 1024.0:F1} KB",
        _ => $"{bytes / 1024.0 / 1024.0:F1} MB",
    };
}
