using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Sahel.Kb.Export;

namespace Sahel.Kb.Web.Api;

/// <summary>
/// The API's JSON: the export's shape, with letters of every script written as they are but
/// <c>&lt; &gt; &amp; ' "</c> escaped, so an answer holding seed markup is inert even where it is
/// mistaken for HTML.
/// </summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(ArticleExport.JsonOptions)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}
