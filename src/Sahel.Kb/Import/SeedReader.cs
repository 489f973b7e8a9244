using System.Text;
using Sahel.Kb.Text;

namespace Sahel.Kb.Import;

/// <summary>
/// Stage 1: reads a seed file as strict UTF-8 (with or without a BOM, LF or CRLF), refuses
/// anything that is not text, and hands HTML pages to <see cref="HtmlBlocks"/>. Invisible
/// format characters (bidi overrides, zero-width spaces) are dropped from every line.
/// </summary>
public sealed class SeedReader(ImportOptions options)
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static readonly string[] Extensions = [".txt", ".text", ".html", ".htm"];

    /// <summary>The seed files under each path (a file, or a folder searched recursively), in ordinal order.</summary>
    public static IReadOnlyList<string> FindFiles(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(Path.GetFullPath(path));
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Select(Path.GetFullPath)
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                throw new ImportException(path, null, "no such file or folder");
            }
        }

        return files.Distinct(StringComparer.Ordinal).ToList();
    }

    public SeedDocument Read(string path)
    {
        var name = Path.GetFileName(path);
        var size = new FileInfo(path).Length;
        if (size > options.MaxFileBytes)
        {
            throw new ImportException(name, null,
                $"the file is {size:N0} bytes, over the limit of {options.MaxFileBytes:N0} bytes (Kb:Import:MaxFileBytes)");
        }

        var document = Parse(name, path, File.ReadAllBytes(path), options.MaxHtmlDepth);
        if (document.Lines.FirstOrDefault(l => l.Text.Length > options.MaxLineChars) is { } line)
        {
            throw new ImportException(name, line.Number,
                $"the line is {line.Text.Length:N0} characters, over the limit of {options.MaxLineChars:N0} (Kb:Import:MaxLineChars)");
        }

        return document;
    }

    /// <summary>Decodes and splits a page already in memory; <paramref name="name"/> is what errors call it.</summary>
    public static SeedDocument Parse(string name, string path, ReadOnlySpan<byte> bytes, int maxHtmlDepth = ImportOptions.DefaultMaxHtmlDepth)
    {
        var text = Decode(name, bytes);
        if (LooksLikeHtml(name, text))
        {
            if (HtmlBlocks.LineTooDeep(text, maxHtmlDepth) is { } deep)
            {
                throw new ImportException(name, deep, $"the page nests elements more than {maxHtmlDepth:N0} deep (Kb:Import:MaxHtmlDepth)");
            }

            var lines = HtmlBlocks.Extract(text, out var title);
            return new SeedDocument(path, name, SeedFormat.Html, Visible(lines), title is null ? null : InvisibleCharacters.Remove(title));
        }

        var textLines = new List<SourceLine>();
        var number = 1;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            textLines.Add(new SourceLine(number++, line.ToString()));
        }

        return new SeedDocument(path, name, SeedFormat.Text, Visible(textLines));
    }

    private static List<SourceLine> Visible(IEnumerable<SourceLine> lines) =>
        [.. lines.Select(line => line with { Text = InvisibleCharacters.Remove(line.Text) })];

    private static string Decode(string name, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\xEF\xBB\xBF"u8))
        {
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith((byte[])[0xFF, 0xFE]) || bytes.StartsWith((byte[])[0xFE, 0xFF]))
        {
            throw new ImportException(name, null, "the file is UTF-16; save it as UTF-8");
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new ImportException(name, LineOf(bytes, nul), "not a text file (it holds a NUL byte)");
        }

        try
        {
            return s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new ImportException(name, LineOf(bytes, Math.Max(0, e.Index)), "not valid UTF-8 text");
        }
    }

    private static int LineOf(ReadOnlySpan<byte> bytes, int index)
    {
        var before = bytes[..Math.Min(index, bytes.Length)];
        return before.Count((byte)'\n') + 1;
    }

    private static bool LooksLikeHtml(string name, string text)
    {
        var extension = Path.GetExtension(name);
        if (extension.Equals(".html", StringComparison.OrdinalIgnoreCase) || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var head = text.AsSpan(0, Math.Min(text.Length, 4096)).TrimStart();
        return head.StartsWith("<") &&
            (head.Contains("<html", StringComparison.OrdinalIgnoreCase) ||
             head.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase) ||
             head.Contains("<body", StringComparison.OrdinalIgnoreCase));
    }
}
