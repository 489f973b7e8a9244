namespace Sahel.Kb.Web.Tests.Support;

/// <summary>The validity test means something only if the checker can fail.</summary>
public sealed class NuHtmlCheckerTests
{
    [Fact]
    public async Task The_checker_reports_an_error_in_invalid_html_with_the_page_and_line()
    {
        var errors = await NuHtmlChecker.ErrorsAsync([("broken", "<!DOCTYPE html>\n<html lang=\"en\"><head><title>x</title></head>\n<body><p><div>x</div></p><a>y</b></body></html>")]);

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.StartsWith("broken: line ", e, StringComparison.Ordinal));
    }
}
