using Microsoft.Extensions.Options;
using Sahel.Kb.Import;

namespace Sahel.Kb.Web.Admin;

/// <summary>
/// Every seed page there is: the configured seed folder and the pages admins uploaded. Importing
/// the seed set is a complete import: a page no longer in it lists nothing.
/// </summary>
public sealed class SeedSet(IOptions<KbOptions> kb, ImportOptions import, IHostEnvironment environment)
{
    public string SeedFolder => ImportOptions.Resolve(import.SeedPath, environment.ContentRootPath);

    public string UploadFolder => Path.Combine(environment.ContentRootPath, kb.Value.DataFolder, "uploads");

    /// <summary>Where an upload waits while its dry run is shown.</summary>
    public string StagingFolder => Path.Combine(environment.ContentRootPath, kb.Value.DataFolder, "staging");

    public IReadOnlyList<string> Paths => new[] { SeedFolder, UploadFolder }.Where(Path.Exists).ToList();
}
