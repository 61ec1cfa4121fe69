using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Aliado.Platform;

/// <summary>
/// Who may call an API endpoint, as authorization policies (so the OpenAPI document and every client
/// see them): <see cref="Member"/> — the caller has a workspace; <see cref="Editor"/> — and may change it.
/// A refusal is a 403 problem saying which rule refused.
/// </summary>
public static class WorkspacePolicies
{
    public const string Member = "workspace-member";

    public const string Editor = "workspace-editor";

    /// <summary>And may manage it: members, thresholds, the security log, a whole-workspace import.</summary>
    public const string Owner = "workspace-owner";

    public static void AddWorkspacePolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Member, policy => policy.RequireAuthenticatedUser().AddRequirements(new WorkspaceRequirement(WorkspaceRight.Open)))
            .AddPolicy(Editor, policy => policy.RequireAuthenticatedUser().AddRequirements(new WorkspaceRequirement(WorkspaceRight.Edit)))
            .AddPolicy(Owner, policy => policy.RequireAuthenticatedUser().AddRequirements(new WorkspaceRequirement(WorkspaceRight.Manage)));
        services.AddScoped<IAuthorizationHandler, WorkspaceRequirementHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ForbiddenAsProblem>();
    }
}

public enum WorkspaceRight
{
    Open,
    Edit,
    Manage,
}

public sealed record WorkspaceRequirement(WorkspaceRight Right) : IAuthorizationRequirement
{
    /// <summary>What the 403 problem says when this requirement refuses.</summary>
    public string DetailKey => Right switch
    {
        WorkspaceRight.Edit => "problem.forbidden.viewer",
        WorkspaceRight.Manage => "problem.forbidden.owner",
        _ => "problem.forbidden.no-workspace",
    };
}

/// <summary>Reads the workspace <see cref="WorkspaceResolution"/> resolved for this request (it runs before authorization).</summary>
public sealed class WorkspaceRequirementHandler(CurrentWorkspace current) : AuthorizationHandler<WorkspaceRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, WorkspaceRequirement requirement)
    {
        var allowed = requirement.Right switch
        {
            WorkspaceRight.Edit => current.CanEdit,
            WorkspaceRight.Manage => current.CanManageMembers,
            _ => current.IsResolved,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}

/// <summary>An API request refused by a workspace rule gets the localized 403 problem of that rule; everything else as the framework does it.</summary>
public sealed class ForbiddenAsProblem : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        var refusedBy = authorizeResult.Forbidden
            ? authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<WorkspaceRequirement>().FirstOrDefault()
            : null;
        if (refusedBy is null || !AliadoWeb.IsApi(context))
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }
        await context.RequestServices.GetRequiredService<Problems>().Forbidden(refusedBy.DetailKey).ExecuteAsync(context);
    }
}
