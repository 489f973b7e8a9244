using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Sahel.Kb.Web;

/// <summary>
/// Configuration section <c>Kb:ForwardedHeaders</c>: the proxies whose <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> the app believes, as <c>KnownProxies</c> (addresses or CIDR networks:
/// a list, or one value separated by commas). None by default: a client that sends the headers
/// itself must not choose its own address (and so escape the rate limits) or claim HTTPS.
/// </summary>
public static class TrustedProxies
{
    public const string Section = "Kb:ForwardedHeaders";

    public static void Configure(ForwardedHeadersOptions options, IConfiguration configuration)
    {
        // ASP.NET Core trusts the loopback addresses unless told otherwise, and every address when
        // both lists are empty: here nothing is trusted unless named, and with nothing named the
        // headers are not read at all.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var entry in Entries(configuration.GetSection(Section).GetSection("KnownProxies")))
        {
            if (entry.Contains('/', StringComparison.Ordinal) && System.Net.IPNetwork.TryParse(entry, out var network))
            {
                options.KnownIPNetworks.Add(network);
            }
            else if (!entry.Contains('/', StringComparison.Ordinal) && IPAddress.TryParse(entry, out var address))
            {
                options.KnownProxies.Add(address);
            }
            else
            {
                throw new InvalidOperationException($"{Section}:KnownProxies: \"{entry}\" is neither an IP address nor a network such as 10.0.0.0/8.");
            }
        }

        options.ForwardedHeaders = options.KnownProxies.Count + options.KnownIPNetworks.Count > 0
            ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
            : ForwardedHeaders.None;
    }

    private static IEnumerable<string> Entries(IConfigurationSection proxies) =>
        (proxies.Value is { } single ? [single] : proxies.GetChildren().Select(c => c.Value ?? ""))
            .SelectMany(value => value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
}
