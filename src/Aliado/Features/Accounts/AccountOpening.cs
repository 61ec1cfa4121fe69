using Aliado.Core.People;
using Aliado.Core.Workspaces;
using Aliado.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Accounts;

public sealed record NewAccount(string Email, string Password, string DisplayName, string Culture);

/// <summary>
/// Opening an account: the login, a personal workspace the account owns, and its "me" person, all
/// saved together or not at all.
/// </summary>
public sealed class AccountOpening(
    UserManager<AliadoUser> users,
    AliadoDbContext db,
    WorkspaceScope scope,
    IStringLocalizerFactory localizers)
{
    public const int MaxPasswordLength = 256;

    // fill: optional further rows saved in the same transaction (the demo uses it).
    public async Task<(AliadoUser? User, IReadOnlyList<IdentityError> Errors)> OpenAsync(
        NewAccount account,
        Func<AliadoUser, CancellationToken, Task>? fill = null,
        CancellationToken cancellationToken = default)
    {
        var email = account.Email.Trim();
        var displayName = string.IsNullOrWhiteSpace(account.DisplayName) ? email.Split('@')[0] : account.DisplayName.Trim();
        var workspace = new Workspace { Name = WorkspaceName(displayName, account.Culture) };
        var user = new AliadoUser
        {
            UserName = email,
            Email = email,
            DisplayName = displayName,
            PersonalWorkspaceId = workspace.Id,
            PreferredCulture = account.Culture,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, account.Password);
        if (!created.Succeeded)
        {
            return (null, [.. created.Errors]);
        }
        scope.Enter(workspace.Id);
        scope.ActAs(user.Id);
        db.Workspaces.Add(workspace);
        db.Memberships.Add(new Membership { WorkspaceId = workspace.Id, UserId = user.Id, Role = WorkspaceRole.Owner });
        db.People.Add(Person.Create(workspace.Id, new PersonDraft(displayName, Email: email), isMe: true));
        await db.SaveChangesAsync(cancellationToken);
        if (fill is not null)
        {
            await fill(user, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return (user, []);
    }

    private string WorkspaceName(string displayName, string culture)
    {
        using var _ = new CultureSwitch(culture);
        var name = localizers.Create(typeof(SharedResource))["workspace.personal-name", displayName].Value;
        return name.Length > Core.Limits.Name ? name[..Core.Limits.Name] : name;
    }
}
