namespace Aliado.Platform;

/// <summary>An authenticated caller without access to any workspace (for example, removed from it) gets 403.</summary>
public sealed class WorkspaceRequired(CurrentWorkspace current, Problems problems) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        current.IsResolved ? await next(context) : problems.Forbidden("problem.forbidden.no-workspace");
}
