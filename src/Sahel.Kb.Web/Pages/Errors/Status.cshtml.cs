using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sahel.Kb.Browse;
using Sahel.Kb.Data;
using Sahel.Kb.Web.Requests;

namespace Sahel.Kb.Web.Pages.Errors;

/// <summary>
/// The page for an error status: for a 404, a search form and the titles closest to the
/// address asked for; for anything else, an apology and the request id the log knows it by.
/// An error status is shown through a GET; a failure (500) re-executes the request with its own
/// method, so a failed form post lands here too (without an antiforgery token of its own to check).
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel(KbDbContext db) : PageModel
{
    public const int ClosestCount = 5;

    public int Code { get; private set; }

    public string Asked { get; private set; } = "";

    public IReadOnlyList<NamedArticle> Closest { get; private set; } = [];

    /// <summary>The id every log line of the request ends with (<see cref="LogLines.Template"/>), the same in every environment.</summary>
    public string RequestId { get; private set; } = "";

    public Task OnPostAsync(int code, CancellationToken cancellationToken) => OnGetAsync(code, cancellationToken);

    public async Task OnGetAsync(int code, CancellationToken cancellationToken)
    {
        Code = code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = Code;
        RequestId = HttpContext.TraceIdentifier;
        if (Code != 404)
        {
            return;
        }

        var path = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? "";
        Asked = Uri.UnescapeDataString(path.TrimEnd('/').Split('/')[^1]);
        // A missing file ("favicon.ico", "wp-login.php") is no title a reader mistyped.
        if (Asked.Length > 0 && !IsFileName(Asked))
        {
            Closest = ClosestTitles.Find(Asked, await ArticleLookup.CandidateNamesAsync(db, Asked, cancellationToken), ClosestCount);
        }
    }

    private static bool IsFileName(string name) =>
        Path.GetExtension(name) is { Length: >= 2 and <= 5 } extension && extension[1..].All(char.IsAsciiLetterOrDigit);
}
