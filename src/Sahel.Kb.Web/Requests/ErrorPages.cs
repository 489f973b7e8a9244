using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace Sahel.Kb.Web.Requests;

/// <summary>
/// An error status on a page is answered with the error page (<c>/errors/{code}</c>), run as a
/// GET whatever the failed request's method: the error page never reads the failed request's
/// body or form (it is shown without the request's content type), so a form that could not be
/// read still gets its own status (413, 400), and the error page needs no handler for TRACE or PUT.
/// </summary>
public static class ErrorPages
{
    public static IApplicationBuilder UseErrorPages(this IApplicationBuilder app) =>
        app.UseStatusCodePages(async status =>
        {
            var context = status.HttpContext;
            var request = context.Request;
            var (method, path, query, contentType) = (request.Method, request.Path, request.QueryString, request.ContentType);
            var routeValues = context.Features.Get<IRouteValuesFeature>();
            context.Features.Set<IStatusCodeReExecuteFeature>(new StatusCodeReExecuteFeature
            {
                OriginalPathBase = request.PathBase.Value!,
                OriginalPath = path.Value!,
                OriginalQueryString = query.HasValue ? query.Value : null,
                Endpoint = context.GetEndpoint(),
                RouteValues = routeValues?.RouteValues,
            });
            context.SetEndpoint(null);
            if (routeValues is not null)
            {
                routeValues.RouteValues = [];
            }

            request.Method = HttpMethods.IsHead(method) ? HttpMethods.Head : HttpMethods.Get;
            request.Path = $"/errors/{context.Response.StatusCode}";
            request.QueryString = QueryString.Empty;
            // Model binding reads a form whatever the method: the error page must not see the failed one.
            request.ContentType = null;
            try
            {
                await status.Next(context);
            }
            finally
            {
                (request.Method, request.Path, request.QueryString, request.ContentType) = (method, path, query, contentType);
                context.Features.Set<IStatusCodeReExecuteFeature>(null);
            }
        });
}
