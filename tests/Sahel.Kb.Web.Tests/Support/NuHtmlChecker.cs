using System.Diagnostics;
using System.Text.Json;
using Sahel.Kb.Tests.Support;

namespace Sahel.Kb.Web.Tests.Support;

/// <summary>
/// The Nu HTML Checker (vnu.jar from npm's vnu-jar, run with Java), as the W3C's validator runs it.
/// <c>test.sh</c> installs it under <c>.tools/</c>.
/// </summary>
public static class NuHtmlChecker
{
    public static string JarPath => Path.Combine(Files.RepositoryRoot, ".tools", "vnu", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>Every error the checker reports, as "page: line N: message".</summary>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(IEnumerable<(string Name, string Html)> pages)
    {
        if (!File.Exists(JarPath))
        {
            throw new InvalidOperationException($"The Nu HTML Checker is not installed at {JarPath}: run ./test.sh, which installs it.");
        }

        var folder = Directory.CreateTempSubdirectory("sahel-kb-vnu-").FullName;
        try
        {
            var files = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, html) in pages)
            {
                var file = Path.Combine(folder, $"page{files.Count}.html");
                await File.WriteAllTextAsync(file, html);
                files[Path.GetFileName(file)] = name;
            }

            var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in (string[])["-jar", JarPath, "--errors-only", "--format", "json", "--stdout", .. files.Keys.Select(f => Path.Combine(folder, f))])
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var json = await output;
            if (json.Length == 0)
            {
                throw new InvalidOperationException($"The Nu HTML Checker printed nothing (exit {process.ExitCode}): {await error}");
            }

            using var report = JsonDocument.Parse(json);
            return report.RootElement.GetProperty("messages").EnumerateArray()
                .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
                .Select(m => $"{Describe(m, files)}: {m.GetProperty("message").GetString()}")
                .ToList();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Describe(JsonElement message, Dictionary<string, string> files)
    {
        var url = message.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
        var name = files.GetValueOrDefault(url[(url.LastIndexOf('/') + 1)..], url);
        return message.TryGetProperty("lastLine", out var line) ? $"{name}: line {line.GetInt32()}" : name;
    }
}
