using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Aliado.Platform;

/// <summary>
/// Keeps viewers of a shared workspace out of a page (or, with <see cref="WritesOnly"/>, out of its POST
/// handlers), answering 403: the page counterpart of the API's <see cref="WorkspacePolicies.Editor"/> policy.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class EditorsOnlyPageAttribute : Attribute, IAsyncPageFilter
{
    /// <summary>When true, reading the page is open to viewers and only its POST handlers need an editor.</summary>
    public bool WritesOnly { get; init; }

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var guarded = !WritesOnly || HttpMethods.IsPost(context.HttpContext.Request.Method);
        if (guarded && !context.HttpContext.RequestServices.GetRequiredService<CurrentWorkspace>().CanEdit)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
            return;
        }
        await next();
    }
}
