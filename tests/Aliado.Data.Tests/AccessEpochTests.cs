using Aliado.Core.Workspaces;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Data.Tests;

/// <summary>
/// A web node remembers callers only while the access epoch stands still, so every change to what a caller
/// is made of must move it — whoever writes — and the frequent writes that change nothing must not.
/// </summary>
public sealed class AccessEpochTests : IAsyncDisposable
{
    private readonly Databases _databases = new();

    public ValueTask DisposeAsync() => _databases.DisposeAsync();

    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_change_to_a_callers_access_moves_the_epoch_and_a_tokens_last_use_does_not(DatabaseProvider provider)
    {
        var open = await _databases.CreateAsync(provider);
        var workspaceId = Guid.CreateVersion7();
        var user = new AliadoUser { UserName = "ana@example.com", Email = "ana@example.com", SecurityStamp = "one", PersonalWorkspaceId = workspaceId };
        var membership = new Membership { WorkspaceId = workspaceId, UserId = user.Id, Role = WorkspaceRole.Owner };
        var token = new ApiToken { WorkspaceId = workspaceId, UserId = user.Id, Name = "cli", Prefix = "aliado_x", Hash = new string('a', 64) };
        await using var db = open(WorkspaceScope.For(workspaceId));
        var seen = new List<long>();
        async Task<long> EpochAsync()
        {
            var value = await AccessEpoch.ReadAsync(db, Token);
            Assert.NotNull(value);
            seen.Add(value.Value);
            return value.Value;
        }
        async Task<bool> MovedAsync(Func<Task> change)
        {
            var before = await EpochAsync();
            await change();
            return await EpochAsync() != before;
        }
        Task Save() => db.SaveChangesAsync(Token);

        var fresh = await EpochAsync();
        var joined = await MovedAsync(async () =>
        {
            db.Users.Add(user);
            db.Workspaces.Add(new Workspace { Id = workspaceId, Name = "Mine" });
            db.Memberships.Add(membership);
            db.ApiTokens.Add(token);
            await Save();
        });
        var roleChanged = await MovedAsync(() => { membership.Role = WorkspaceRole.Editor; return Save(); });
        var renamed = await MovedAsync(() => db.Workspaces.Where(w => w.Id == workspaceId).ExecuteUpdateAsync(s => s.SetProperty(w => w.Name, "Ours"), Token));
        var stampChanged = await MovedAsync(() => { user.SecurityStamp = "two"; return Save(); });
        var zoneChanged = await MovedAsync(() => { user.TimeZone = "America/Lima"; return Save(); });
        var nameChanged = await MovedAsync(() => { user.DisplayName = "Ana"; return Save(); });
        var tokenUsed = await MovedAsync(() => { token.LastUsedAt = DateTime.UtcNow; return Save(); });
        var tokenRevoked = await MovedAsync(() => { token.Revoke(); return Save(); });
        var tokenDeleted = await MovedAsync(() => { db.ApiTokens.Remove(token); return Save(); });
        var left = await MovedAsync(() => { db.Memberships.Remove(membership); return Save(); });
        var accountDeleted = await MovedAsync(() => { db.Users.Remove(user); return Save(); });

        Assert.NotEqual(0, fresh);
        Assert.True(joined, "a new membership");
        Assert.True(roleChanged, "a role changed");
        Assert.True(renamed, "a workspace renamed");
        Assert.True(stampChanged, "a security stamp changed");
        Assert.True(zoneChanged, "a time zone changed");
        Assert.False(nameChanged, "a display name changed");
        Assert.False(tokenUsed, "a token's last use");
        Assert.True(tokenRevoked, "a token revoked");
        Assert.True(tokenDeleted, "a token deleted");
        Assert.True(left, "a membership removed");
        Assert.True(accountDeleted, "an account deleted");
    }
}
