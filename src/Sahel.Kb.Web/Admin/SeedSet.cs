using Microsoft.Extensions.Options;
using Sahel.Kb.Import;

namespace Sahel.Kb.Web.Admin;

/// <summary>
/// Every seed page there is: the configured seed folder and the pages admins uploaded. Importing
/// the seed set is a complete import: a page no longer in it lists nothing.
/// </summary>
public sealed class SeedSet(IOptions<KbOptions> kb, ImportOptions import, IHostEnvironment environment, TimeProvider time)
{
    /// <summary>How long an upload waits for its confirmation after its dry run.</summary>
    public static readonly TimeSpan StagedLifetime = TimeSpan.FromHours(1);

    public string SeedFolder => ImportOptions.Resolve(import.SeedPath, environment.ContentRootPath);

    public string UploadFolder => Path.Combine(environment.ContentRootPath, kb.Value.DataFolder, "uploads");

    /// <summary>Where an upload waits while its dry run is shown.</summary>
    public string StagingFolder => Path.Combine(environment.ContentRootPath, kb.Value.DataFolder, "staging");

    /// <summary>Whether the staged upload <paramref name="token"/> waited longer than <see cref="StagedLifetime"/>.</summary>
    public bool HasExpired(string token) =>
        time.GetUtcNow().UtcDateTime - Directory.GetCreationTimeUtc(Path.Combine(StagingFolder, token)) > StagedLifetime;

    /// <summary>Deletes the staged uploads nobody confirmed in time (an admin who looked at the dry run and left).</summary>
    public void ForgetExpiredUploads()
    {
        if (!Directory.Exists(StagingFolder))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(StagingFolder).Where(f => HasExpired(Path.GetFileName(f))))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public IReadOnlyList<string> Paths => new[] { SeedFolder, UploadFolder }.Where(Path.Exists).ToList();
}
