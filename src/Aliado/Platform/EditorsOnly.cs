namespace Aliado.Platform;

/// <summary>Refuses writes from viewers of a shared workspace with a 403 problem.</summary>
public sealed class EditorsOnly(CurrentWorkspace current, Problems problems) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        current.CanEdit ? await next(context) : problems.Forbidden("problem.forbidden.viewer");
}
