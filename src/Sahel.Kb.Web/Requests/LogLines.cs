namespace Sahel.Kb.Web.Requests;

/// <summary>How the app's log lines read.</summary>
public static class LogLines
{
    /// <summary>
    /// Serilog's console line, ended by the id of the request it was written in (ASP.NET Core's
    /// <c>RequestId</c>, the request's <c>TraceIdentifier</c>; nothing outside a request): the id
    /// an error page asks a reader to quote finds the failure's lines in the log.
    /// </summary>
    public const string Template = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {RequestId}{NewLine}{Exception}";
}
