using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Routing;

namespace Sahel.Kb.Web.Requests;

/// <summary>
/// A page answers only the methods it has handlers for (GET also answers HEAD); any other
/// method is a 405 with <c>Allow</c>, from routing, before the page runs. Without this a Razor
/// page runs its view for any method (TRACE, PUT…) with no handler having loaded its model.
/// </summary>
public sealed class PageMethods : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        var methods = model.HandlerMethods.Select(handler => handler.HttpMethod.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        if (methods.Count == 0 || methods.Contains(HttpMethods.Get))
        {
            methods.UnionWith([HttpMethods.Get, HttpMethods.Head]);
        }

        model.EndpointMetadata.Add(new HttpMethodMetadata([.. methods.Order(StringComparer.Ordinal)]));
    }
}
