using System.Text;

namespace Sahel.Kb.Web.Admin;

/// <summary>
/// Where a sign-in sends the admin back to: a path on this site only (never <c>//host</c> or
/// <c>/\host</c>, which browsers read as another site), with no control characters, written as
/// ASCII (a title's "ï" percent-encoded) so it fits in a <c>Location</c> header.
/// </summary>
public static class ReturnUrls
{
    public static string Safe(string? url, string fallback)
    {
        if (url is not ['/', ..] || url is ['/', '/' or '\\', ..] || url.Any(c => char.IsControl(c) || c == '\\'))
        {
            return fallback;
        }

        var safe = new StringBuilder(url.Length);
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c is > ' ' and < (char)0x7F)
            {
                safe.Append(c);
                continue;
            }

            var length = char.IsHighSurrogate(c) && i + 1 < url.Length && char.IsLowSurrogate(url[i + 1])
                ? Encoding.UTF8.GetBytes(url.AsSpan(i++, 2), bytes)
                : Encoding.UTF8.GetBytes(url.AsSpan(i, 1), bytes);
            foreach (var b in bytes[..length])
            {
                safe.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return safe.ToString();
    }
}
