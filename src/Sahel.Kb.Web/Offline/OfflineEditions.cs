using System.IO.Compression;
using Microsoft.Extensions.Options;

namespace Sahel.Kb.Web.Offline;

/// <summary>The last offline edition built: when, and the sizes of its two files (either may be missing).</summary>
public sealed record OfflineEdition(DateTime BuiltAt, long? ZipBytes, long? ZimBytes);

/// <summary>
/// The offline edition built from the admin page: in the background, one page at a time so
/// readers keep the rest of the machine, into the data folder (<c>offline/</c>) — the static
/// site as a <c>.zip</c> and the ZIM file for Kiwix, each replaced only once complete.
/// </summary>
public sealed class OfflineEditions(SiteExporter site, IOptions<KbOptions> options, IHostEnvironment environment, IHostApplicationLifetime lifetime, ILogger<OfflineEditions> logger)
{
    public const string ZipName = "sahel-kb-site.zip";
    public const string ZimName = "sahel-kb.zim";

    private readonly Lock _lock = new();
    private Task? _build;

    public string Folder => Path.Combine(environment.ContentRootPath, options.Value.DataFolder, "offline");

    /// <summary>Pages written of pages known, while a build runs; null otherwise.</summary>
    public ExportProgress? Progress { get; private set; }

    /// <summary>Why the last build failed, or null.</summary>
    public string? LastError { get; private set; }

    public bool IsBuilding
    {
        get
        {
            lock (_lock)
            {
                return _build is { IsCompleted: false };
            }
        }
    }

    public OfflineEdition? Last
    {
        get
        {
            var (zip, zim) = (new FileInfo(Path.Combine(Folder, ZipName)), new FileInfo(Path.Combine(Folder, ZimName)));
            if (!zip.Exists && !zim.Exists)
            {
                return null;
            }

            var built = new[] { zip, zim }.Where(f => f.Exists).Max(f => f.LastWriteTimeUtc);
            return new OfflineEdition(built, zip.Exists ? zip.Length : null, zim.Exists ? zim.Length : null);
        }
    }

    /// <summary>Starts a build unless one is running; false when one is.</summary>
    public bool TryStart()
    {
        lock (_lock)
        {
            if (_build is { IsCompleted: false })
            {
                return false;
            }

            Progress = new ExportProgress(0, 0);
            LastError = null;
            _build = Task.Run(() => BuildAsync(lifetime.ApplicationStopping));
            return true;
        }
    }

    /// <summary>Waits for the running build, if any (tests).</summary>
    public Task WhenBuiltAsync()
    {
        lock (_lock)
        {
            return _build ?? Task.CompletedTask;
        }
    }

    private async Task BuildAsync(CancellationToken cancellationToken)
    {
        var work = Directory.CreateTempSubdirectory("sahel-kb-offline-").FullName;
        try
        {
            Directory.CreateDirectory(Folder);
            var pages = Path.Combine(work, "site");
            await site.ExportAsync(pages, new Progress<ExportProgress>(p => Progress = p), parallelism: 1, cancellationToken);
            var zip = Path.Combine(Folder, ZipName);
            await using (var partial = File.Create(zip + ".partial"))
            {
                await ZipFile.CreateFromDirectoryAsync(pages, partial, CompressionLevel.Optimal, includeBaseDirectory: false, cancellationToken: cancellationToken);
            }

            File.Move(zip + ".partial", zip, overwrite: true);
            await ZimExporter.PackAsync(pages, Path.Combine(Folder, ZimName), cancellationToken);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            logger.LogError(e, "The offline edition could not be built");
            LastError = e.Message;
        }
        finally
        {
            Progress = null;
            Directory.Delete(work, recursive: true);
        }
    }
}
