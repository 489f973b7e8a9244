using System.Diagnostics;
using System.IO.Compression;

namespace Sahel.Kb.Web.Offline;

/// <summary>What a ZIM export wrote: the file, its size, the pages in it, and how long it took.</summary>
public sealed record ZimExport(string File, long Bytes, int Pages, TimeSpan Took);

/// <summary>
/// The offline edition as an OpenZIM file, for Kiwix: the static site (<see cref="SiteExporter"/>)
/// packed by zim-tools' <c>zimwriterfs</c> with its metadata, the home page as main page and
/// Xapian's full-text index on.
/// </summary>
public sealed class ZimExporter(SiteExporter site, ILogger<ZimExporter> logger)
{
    public const string Tool = "zimwriterfs";

    public async Task<ZimExport> ExportAsync(string zimFile, IProgress<ExportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var folder = Directory.CreateTempSubdirectory("sahel-kb-zim-").FullName;
        try
        {
            var export = await site.ExportAsync(folder, progress, cancellationToken: cancellationToken);
            var bytes = await PackAsync(folder, zimFile, cancellationToken);
            var took = Stopwatch.GetElapsedTime(started);
            logger.LogInformation("Wrote {File} ({Bytes:N0} bytes, {Pages} pages) in {Seconds:F1} s", zimFile, bytes, export.Pages, took.TotalSeconds);
            return new ZimExport(Path.GetFullPath(zimFile), bytes, export.Pages, took);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Packs a folder <see cref="SiteExporter"/> wrote into <paramref name="zimFile"/>, replaced only once complete; returns its size.</summary>
    public static async Task<long> PackAsync(string folder, string zimFile, CancellationToken cancellationToken)
    {
        await File.WriteAllBytesAsync(Path.Combine(folder, "illustration.png"), Illustration.Png(48), cancellationToken);
        var target = Path.GetFullPath(zimFile);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        // zimwriterfs will not write over a file.
        var partial = target + ".partial";
        File.Delete(partial);
        await RunAsync(folder, partial, cancellationToken);
        File.Move(partial, target, overwrite: true);
        return new FileInfo(target).Length;
    }

    private static async Task RunAsync(string folder, string zimFile, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[
            "--welcome=index.html",
            "--illustration=illustration.png",
            "--language=eng",
            "--title=Sahel KB",
            "--description=Events, regions, groups, people and agreements of the Sahel's conflicts",
            "--creator=Sahel KB",
            "--publisher=Sahel KB",
            "--name=sahel-kb_en_all",
            "--tags=_category:other;_pictures:no;_videos:no;sahel;conflict;history",
            "--scraper=Sahel KB export-zim",
            folder,
            zimFile])
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{Tool} did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{Tool} is not installed (Debian: apt-get install zim-tools).", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{Tool} failed ({process.ExitCode}): {(await errors).Trim()} {(await output).Trim()}");
            }
        }
    }
}

/// <summary>The edition's illustration, drawn rather than shipped: a sand-coloured square with a dark sun on a horizon.</summary>
public static class Illustration
{
    public static byte[] Png(int size)
    {
        var rows = new byte[size * (1 + size * 3)];
        for (var y = 0; y < size; y++)
        {
            var row = y * (1 + size * 3);
            rows[row] = 0; // filter: none
            for (var x = 0; x < size; x++)
            {
                var (dx, dy) = (x - size / 2.0 + 0.5, y - size * 0.55 + 0.5);
                var sun = dx * dx + dy * dy <= size * size / 12.0 && y < size * 0.62;
                var ground = y >= size * 0.62;
                (byte r, byte g, byte b) colour = sun ? ((byte)0x8a, (byte)0x3b, (byte)0x12) : ground ? ((byte)0x6b, (byte)0x4a, (byte)0x2b) : ((byte)0xe8, (byte)0xc9, (byte)0x8f);
                var at = row + 1 + x * 3;
                (rows[at], rows[at + 1], rows[at + 2]) = colour;
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, size);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), size);
        header[8] = 8; // bits per channel
        header[9] = 2; // truecolour
        Chunk(png, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(rows);
            }

            Chunk(png, "IDAT", compressed.ToArray());
        }

        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typed = new byte[4 + data.Length];
        System.Text.Encoding.ASCII.GetBytes(type, typed);
        data.CopyTo(typed, 4);
        png.Write(typed);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        png.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
