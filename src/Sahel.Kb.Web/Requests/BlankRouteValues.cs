using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Sahel.Kb.Web.Requests;

/// <summary>
/// A page whose address names nothing (<c>/articles/%20</c>, <c>/wanted/%E2%80%83</c>: blank or
/// invisible characters only) is a 404. Model binding turns such a value into null, which no
/// handler expects.
/// </summary>
public sealed class BlankRouteValues : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        foreach (var (key, value) in context.RouteData.Values)
        {
            if (key is not ("page" or "handler") && value is string text && text.All(c => char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format))
            {
                context.Result = new NotFoundResult();
                return Task.CompletedTask;
            }
        }

        return next();
    }
}
