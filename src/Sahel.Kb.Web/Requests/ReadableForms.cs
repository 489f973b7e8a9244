using Microsoft.AspNetCore.Http.Features;

namespace Sahel.Kb.Web.Requests;

/// <summary>
/// Reads a posted form before the page does, so a form that cannot be read answers its real
/// status — 413 for a body over the endpoint's size limit, 400 for a malformed one — instead of
/// whatever the first reader of the form (antiforgery, model binding) makes of the exception.
/// Runs after routing, when the endpoint's own size limit (an upload's) is in force.
/// </summary>
public static class ReadableForms
{
    public static IApplicationBuilder UseReadableForms(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            // Not for GET: the error page, run as a GET for a refused form, must not refuse it again.
            if (HttpMethods.IsPost(context.Request.Method) && context.Request.HasFormContentType && context.Features.Get<IFormFeature>()?.Form is null)
            {
                try
                {
                    await context.Request.ReadFormAsync(context.RequestAborted);
                }
                catch (BadHttpRequestException e)
                {
                    context.Response.StatusCode = e.StatusCode;
                    return;
                }
                catch (Exception e) when (e is InvalidDataException or IOException or FormatException)
                {
                    context.Response.StatusCode = StatusCodes.Status400BadRequest;
                    return;
                }
            }

            await next(context);
        });
}
