using System.Net.Http.Headers;
using Aliado.Core.Workspaces;
using Aliado.Data;
using Aliado.Features.Accounts;
using Aliado.Features.Tokens;
using Aliado.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Aliado.Tests.Infrastructure;

/// <summary>
/// The real app, over its real HTTP pipeline, on a real database: a SQLite file in a temp folder, or a
/// fresh database on the PostgreSQL test server.
/// </summary>
public abstract class AliadoApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly DirectoryInfo _dataDirectory = Directory.CreateTempSubdirectory("aliado-test-");
    private string? _postgres;

    public abstract DatabaseProvider Provider { get; }

    public string DataDirectory => _dataDirectory.FullName;

    public QueryCounter Queries { get; } = new();

    /// <summary>Another node's PostgreSQL database, for a second node on the same data; null makes a fresh one.</summary>
    protected virtual string? SharedPostgres => null;

    /// <summary>This app's PostgreSQL database (null on SQLite, or when no server is there).</summary>
    public string? PostgresDatabase => _postgres;

    public ValueTask InitializeAsync()
    {
        if (Provider == DatabaseProvider.Postgres && TestPostgres.ServerConnectionString is { } server)
        {
            _postgres = SharedPostgres ?? TestPostgres.NewDatabase(server);
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>Call first in every test: skips (locally) or fails (in CI) when PostgreSQL is missing.</summary>
    public void EnsureAvailable()
    {
        if (Provider == DatabaseProvider.Postgres && _postgres is null)
        {
            TestPostgres.RequireServer();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Failures speak through assertions; keep the server's own chatter to real errors.
        builder.ConfigureLogging(logging => logging
            .SetMinimumLevel(LogLevel.Error)
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Connection", LogLevel.None)
            .AddFilter("Microsoft.AspNetCore.HttpLogging", LogLevel.Error));
        builder.UseSetting("ALIADO_DATA_DIR", DataDirectory);
        builder.ConfigureServices(services => services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(Queries));
        builder.UseSetting("Urls", "http://127.0.0.1:0");
        // The whole suite signs in from one address; the limits themselves are tested with a tight app.
        builder.UseSetting("RateLimits:DoorsPerMinute", "100000");
        builder.UseSetting("RateLimits:ApiPerMinute", "100000");
        builder.UseSetting("RateLimits:AnonymousLinksPerMinute", "100000");
        builder.UseSetting("Database:Provider", Provider == DatabaseProvider.Postgres ? "postgres" : "sqlite");
        if (_postgres is not null)
        {
            builder.UseSetting("Database:ConnectionString", _postgres);
        }
    }

    /// <summary>The address of the Kestrel server, once <see cref="WebApplicationFactory{T}.StartServer"/> ran.</summary>
    public Uri ServerAddress => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>A new account with its personal workspace, and an API client authenticated with its own token.</summary>
    public async Task<Account> NewAccountAsync(string culture = "en", string? email = null)
    {
        EnsureAvailable();
        email ??= $"user-{Guid.NewGuid():N}@example.com";
        await using var scope = Services.CreateAsyncScope();
        var (user, errors) = await scope.ServiceProvider.GetRequiredService<AccountOpening>()
            .OpenAsync(new NewAccount(email, Account.Password, email.Split('@')[0], culture));
        Assert.True(user is not null, string.Join("; ", errors.Select(e => e.Description)));
        var token = await IssueTokenAsync(user.Id, user.PersonalWorkspaceId);
        var me = await InWorkspaceAsync(user.PersonalWorkspaceId, db => db.People.Where(p => p.IsMe).Select(p => p.Id).SingleAsync());
        return new Account(user.Id, email, user.PersonalWorkspaceId, me, token, Client(token, culture));
    }

    /// <summary>A demo account (the tailored demo workspace, in <paramref name="culture"/>) with an API client of its own.</summary>
    public async Task<Account> NewDemoAccountAsync(string culture = "en")
    {
        EnsureAvailable();
        var email = $"demo-{Guid.NewGuid():N}@example.com";
        await using var scope = Services.CreateAsyncScope();
        var (demo, errors) = await scope.ServiceProvider.GetRequiredService<Aliado.Features.Demo.DemoWorkspace>().CreateAsync(culture, email, Account.Password);
        Assert.True(demo is not null, string.Join("; ", errors));
        var workspaceId = demo.User.PersonalWorkspaceId;
        var token = await IssueTokenAsync(demo.User.Id, workspaceId);
        var me = await InWorkspaceAsync(workspaceId, db => db.People.Where(p => p.IsMe).Select(p => p.Id).SingleAsync());
        return new Account(demo.User.Id, email, workspaceId, me, token, Client(token, culture));
    }

    public async Task<string> IssueTokenAsync(string userId, Guid workspaceId)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Enter(workspaceId);
        return (await scope.ServiceProvider.GetRequiredService<PersonalTokens>().IssueAsync(userId, workspaceId, "test")).Secret;
    }

    /// <summary>Makes <paramref name="member"/> a member of <paramref name="owner"/>'s workspace and returns a token bound to it.</summary>
    public async Task<HttpClient> JoinAsync(Account owner, Account member, WorkspaceRole role, string culture = "en")
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AliadoDbContext>();
            db.Memberships.Add(new Membership { WorkspaceId = owner.WorkspaceId, UserId = member.UserId, Role = role });
            await db.SaveChangesAsync();
        }
        return Client(await IssueTokenAsync(member.UserId, owner.WorkspaceId), culture);
    }

    public HttpClient Client(string? token, string culture = "en")
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(culture));
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return client;
    }

    /// <summary>Reads the database directly, as the given workspace, to check what a request did or did not write.</summary>
    public async Task<T> InWorkspaceAsync<T>(Guid workspaceId, Func<AliadoDbContext, Task<T>> read)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Enter(workspaceId);
        return await read(scope.ServiceProvider.GetRequiredService<AliadoDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_postgres is not null && SharedPostgres is null)
        {
            await TestPostgres.DropAsync(_postgres);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            _dataDirectory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temp folder behind; the test result does not depend on it.
        }
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteApp : AliadoApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresApp : AliadoApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

public sealed record Account(string UserId, string Email, Guid WorkspaceId, Guid MeId, string Token, HttpClient Api)
{
    public const string Password = "a long enough passphrase";
}
