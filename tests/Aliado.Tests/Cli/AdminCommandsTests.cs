using System.Globalization;
using System.Net;
using Aliado.Cli;
using Aliado.Data;
using Aliado.Testing;
using Aliado.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aliado.Tests.Cli;

/// <summary>The admin command line, run in-process against the same data folder as a running app.</summary>
public sealed class AdminCommandsTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    /// <summary>Runs a command on the app's data folder, once the app has started and made its schema (only migrate would).</summary>
    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        _ = app.Services;
        return await RunWithAsync(new Dictionary<string, string?> { ["ALIADO_DATA_DIR"] = app.DataDirectory }, args);
    }

    private static async Task<(int Exit, string Output, string Error)> RunWithAsync(Dictionary<string, string?> settings, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await AdminCommands.RunAsync(args, output, error, settings);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task A_user_added_on_the_command_line_gets_a_token_that_works_against_the_app()
    {
        var email = $"cli-{Guid.NewGuid():N}@example.com";

        var added = await RunAsync("user", "add", email, "--password", "a long enough passphrase", "--name", "Carla");
        var token = await RunAsync("token", "create", email);

        Assert.Equal((0, string.Empty), (added.Exit, added.Error));
        Assert.Contains(email, added.Output, StringComparison.Ordinal);
        Assert.Equal(0, token.Exit);
        var secret = token.Output.Trim();
        Assert.Equal(token.Output, secret + Environment.NewLine);
        Assert.StartsWith("aliado_", secret, StringComparison.Ordinal);
        var me = await app.Client(secret).GetAsync("/api/v1/me").ContinueWith(t => t.Result.ReadAsync(HttpStatusCode.OK)).Unwrap();
        Assert.Equal("Carla", me.Text("displayName"));
    }

    [Fact]
    public async Task Bad_arguments_exit_non_zero_with_a_sentence()
    {
        var noPassword = await RunAsync("user", "add", "someone@example.com");
        var shortPassword = await RunAsync("user", "add", $"short-{Guid.NewGuid():N}@example.com", "--password", "abc");
        var unknownUser = await RunAsync("token", "create", "nobody-here@example.com");
        var badLanguage = await RunAsync("demo", "--language", "fr");

        Assert.NotEqual(0, noPassword.Exit);
        Assert.Contains("--password", noPassword.Error, StringComparison.Ordinal);
        Assert.Equal(1, shortPassword.Exit);
        Assert.Contains("at least 8 characters", shortPassword.Error, StringComparison.Ordinal);
        Assert.Equal(1, unknownUser.Exit);
        Assert.Contains("No account uses the e-mail nobody-here@example.com.", unknownUser.Error, StringComparison.Ordinal);
        Assert.NotEqual(0, badLanguage.Exit);
    }

    [Fact]
    public async Task Messages_follow_the_terminal_language()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es-MX");
        try
        {
            var unknownUser = await RunAsync("token", "create", "nadie@example.com");

            Assert.Equal("Ninguna cuenta usa el correo nadie@example.com.", unknownUser.Error.Trim());
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public async Task An_unknown_database_provider_is_explained()
    {
        var result = await RunWithAsync(new Dictionary<string, string?> { ["Database:Provider"] = "oracle" }, "migrate");

        Assert.Equal(2, result.Exit);
        Assert.Contains("'oracle' is not known", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_fills_a_workspace_in_spanish()
    {
        var email = $"demo-{Guid.NewGuid():N}@example.com";

        var result = await RunAsync("demo", "--language", "es", "--email", email, "--password", "demo passphrase");

        Assert.Equal(0, result.Exit);
        Assert.Contains(email, result.Output, StringComparison.Ordinal);
        var token = (await RunAsync("token", "create", email)).Output.Trim();
        var people = await (await app.Client(token).GetAsync("/api/v1/people?q=ricardo")).ReadAsync(HttpStatusCode.OK);
        // The search also finds Tomás, whose notes say he has known Ricardo for ten years.
        Assert.Equal(["Ricardo Salas", "Tomás Quiroga"], people["items"]!.AsArray().Select(p => p!.Text("name")));
        var ricardo = people["items"]!.AsArray()[0]!;
        Assert.Equal("Gerente de Operaciones", ricardo.Text("position"));
        var circle = await (await app.Client(token).GetAsync($"/api/v1/people/{ricardo.Id()}/ties")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(5, circle["total"]!.GetValue<int>());
        var surrounds = await (await app.Client(token).GetAsync($"/api/v1/people/{ricardo.Id()}/ties?direction=surrounds")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(2, surrounds["total"]!.GetValue<int>());
        var relationships = await (await app.Client(token).GetAsync("/api/v1/relationships")).ReadAsync(HttpStatusCode.OK);
        var outcomes = relationships["items"]!.AsArray().Select(r => r!.Text("outcome")).Order().ToList();
        Assert.Equal(["dont-provide", "no-deal", "not-enough-known", "not-enough-known", "proceed"], outcomes);
        var withoutAlignment = Assert.Single(relationships["items"]!.AsArray(), r => r!["proceedingWithoutAlignment"]!.GetValue<bool>())!;
        Assert.Equal("at-risk", withoutAlignment.Text("health"));

        var dashboard = await (await app.Client(token).GetAsync("/api/v1/dashboard")).ReadAsync(HttpStatusCode.OK);
        string Names(string list) => string.Join(",", dashboard[list]!["items"]!.AsArray().Select(r => r!.Text("clientName")));
        Assert.Equal("Marta Ibáñez", Names("overdue"));
        Assert.Equal("Elena Paredes", Names("due"));
        Assert.Equal("Marta Ibáñez", Names("stalePulses"));
        Assert.Equal("Elena Paredes", Names("followUps"));
        Assert.Equal("Ricardo Salas", Names("awaitingAnswer"));
        var diegoWork = relationships["items"]!.AsArray().Single(r => r!.Text("clientName") == "Diego Ferrer")!;
        Assert.Equal(("not-served", true, 2), (diegoWork.Text("health"), diegoWork["decidedExit"]!.GetValue<bool>(), diegoWork["declinesAbsorbed"]!.GetValue<int>()));
        var ricardoWork = relationships["items"]!.AsArray().Single(r => r!.Text("clientName") == "Ricardo Salas")!;
        Assert.Equal(("good", 1), (ricardoWork.Text("health"), ricardoWork["declinesAbsorbed"]!.GetValue<int>()));
        var pulses = await (await app.Client(token).GetAsync($"/api/v1/relationships/{ricardoWork.Id()}/pulses")).ReadAsync(HttpStatusCode.OK);
        var trend = pulses["items"]!.AsArray().Select(p => p!["onTheirSide"]!.GetValue<int>()).Reverse().ToList();
        Assert.Equal([3, 3, 4, 4, 5], trend);
        Assert.Equal("client", pulses["items"]!.AsArray().Single(p => p!["takenAt"]!.GetValue<DateTime>() < DateTime.UtcNow.AddDays(-29) && p!["takenAt"]!.GetValue<DateTime>() > DateTime.UtcNow.AddDays(-31))!.Text("source"));

        var assessments = await (await app.Client(token).GetAsync($"/api/v1/people/{ricardo.Id()}/assessments")).ReadAsync(HttpStatusCode.OK);
        var progress = assessments["items"]!.AsArray().Select(a => a!["targetProgress"]!.GetValue<double>()).Reverse().ToList();
        Assert.Equal(3, progress.Count);
        Assert.True(progress[0] < progress[1] && progress[1] < progress[2], string.Join(", ", progress));
        var me = (await (await app.Client(token).GetAsync("/api/v1/me")).ReadAsync(HttpStatusCode.OK))["me"]!.Id();
        var roles = await (await app.Client(token).GetAsync($"/api/v1/people/{me}/roles")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("Tomás Quiroga", Assert.Single(roles["asClient"]!["items"]!.AsArray())!.Text("providerName"));
        var lessons = await (await app.Client(token).GetAsync("/api/v1/lessons")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(["as-client", "as-provider"], lessons["items"]!.AsArray().Select(l => l!.Text("role")).Order().ToArray());
    }

    [Fact]
    public async Task Migrate_creates_a_PostgreSQL_schema_from_the_same_settings_as_the_server()
    {
        var database = TestPostgres.NewDatabase(TestPostgres.RequireServer());
        try
        {
            var result = await RunWithAsync(new Dictionary<string, string?> { ["Database:Provider"] = "postgres", ["Database:ConnectionString"] = database }, "migrate");

            Assert.Equal((0, string.Empty), (result.Exit, result.Error));
            await using var db = new PostgresAliadoDbContext(new DbContextOptionsBuilder<PostgresAliadoDbContext>().UseNpgsql(database).Options, new WorkspaceScope());
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }
        finally
        {
            await TestPostgres.DropAsync(database);
        }
    }

    [Fact]
    public async Task Doctor_reports_a_working_database_and_warns_about_an_unencrypted_key_ring()
    {
        await app.NewAccountAsync(); // the app has started and made its tables

        var (exit, output, _) = await RunAsync("doctor");
        var (badExit, _, badError) = await RunWithAsync(new Dictionary<string, string?> { ["ALIADO_DATA_DIR"] = app.DataDirectory, ["DataProtection:CertificatePath"] = "/no/such/keys.pfx" }, "doctor");

        Assert.True(exit == 0, output);
        Assert.Contains("ok    The database answers and takes writes.", output, StringComparison.Ordinal);
        Assert.Contains("ok    The database schema is up to date.", output, StringComparison.Ordinal);
        Assert.Contains("warn  The data-protection key ring is stored unencrypted", output, StringComparison.Ordinal);
        Assert.Equal(2, badExit);
        Assert.Contains("/no/such/keys.pfx", badError, StringComparison.Ordinal);
        Assert.Contains("ok    The settings are valid.", output, StringComparison.Ordinal);
        Assert.Matches($"(ok|warn) +The data folder {System.Text.RegularExpressions.Regex.Escape(app.DataDirectory)} has (only )?[0-9.]+ GiB free", output);
    }

    [Fact]
    public async Task Doctor_says_whether_the_SMTP_server_answers_and_which_settings_cannot_work()
    {
        using var mail = new Api.MailCatcher();
        using var closed = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var closedPort = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        _ = app.Services;
        Dictionary<string, string?> With(int port, params (string Key, string Value)[] more)
        {
            var settings = new Dictionary<string, string?>
            {
                ["ALIADO_DATA_DIR"] = app.DataDirectory,
                ["Email:Smtp:Host"] = "127.0.0.1",
                ["Email:Smtp:Port"] = port.ToString(CultureInfo.InvariantCulture),
                ["Email:From"] = "agenda@aliado.example",
            };
            foreach (var (key, value) in more)
            {
                settings[key] = value;
            }
            return settings;
        }

        var answers = await RunWithAsync(With(mail.Port), "doctor");
        var silent = await RunWithAsync(With(closedPort), "doctor");
        var wrong = await RunWithAsync(With(mail.Port, ("Backup:Keep", "0"), ("Telemetry:OtlpEndpoint", "not an address")), "doctor");

        Assert.True(answers.Exit == 0, answers.Output);
        Assert.Contains($"ok    The SMTP server 127.0.0.1:{mail.Port} answers: reminders can be sent.", answers.Output, StringComparison.Ordinal);
        Assert.Equal(1, silent.Exit);
        Assert.Contains($"FAIL  The SMTP server 127.0.0.1:{closedPort} does not work (", silent.Output, StringComparison.Ordinal);
        Assert.Equal(1, wrong.Exit);
        Assert.Contains("FAIL  Backup:Keep must be between 1 and 1000 (it is 0).", wrong.Output, StringComparison.Ordinal);
        Assert.Contains("FAIL  Telemetry:OtlpEndpoint is 'not an address'", wrong.Output, StringComparison.Ordinal);
        Assert.Contains("ok    The database answers and takes writes.", wrong.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_on_a_database_without_tables_says_to_migrate_instead_of_reporting_a_broken_disk()
    {
        var empty = Directory.CreateTempSubdirectory("aliado-doctor-").FullName;
        try
        {
            var (exit, output, _) = await RunWithAsync(new Dictionary<string, string?> { ["ALIADO_DATA_DIR"] = empty }, "doctor");

            Assert.True(exit == 0, output);
            Assert.Contains("warn  The database has no tables yet; run aliado migrate", output, StringComparison.Ordinal);
            Assert.DoesNotContain("FAIL", output, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public async Task Import_people_reads_a_contacts_file_into_an_accounts_workspace_and_merges_the_second_time()
    {
        var account = await app.NewAccountAsync();
        var file = Path.Combine(AppContext.BaseDirectory, "Fixtures", "csv", "outlook.csv");

        var first = await RunAsync("import", "people", file, "--workspace", account.Email);
        var again = await RunAsync("import", "people", file, "--workspace", account.WorkspaceId.ToString());
        var people = await app.InWorkspaceAsync(account.WorkspaceId, db => db.People.Select(p => p.Name).ToListAsync());

        Assert.True(first.Exit == 0, first.Error);
        Assert.Equal("Imported (outlook-csv). New people: 2; completed: 0; left out: 0." + Environment.NewLine, first.Output);
        Assert.Contains("contact 2 of 2", first.Error, StringComparison.Ordinal);
        Assert.Equal("Imported (outlook-csv). New people: 0; completed: 2; left out: 0." + Environment.NewLine, again.Output);
        Assert.Contains("José Peña", people);
        Assert.Equal(3, people.Count);
    }

    [Fact]
    public async Task Import_refuses_a_missing_file_an_unknown_workspace_and_a_file_that_is_not_contacts_with_a_sentence()
    {
        var account = await app.NewAccountAsync();
        var notContacts = Path.Combine(app.DataDirectory, $"sales-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(notContacts, "id,amount\n1,2\n");

        var missing = await RunAsync("import", "people", "/no/such/file.vcf", "--workspace", account.Email);
        var nobody = await RunAsync("import", "people", notContacts, "--workspace", "nobody-here@example.com");
        var refused = await RunAsync("import", "people", notContacts, "--workspace", account.Email);

        Assert.Equal(1, missing.Exit);
        Assert.Contains("There is no file at /no/such/file.vcf.", missing.Error, StringComparison.Ordinal);
        Assert.Equal(1, nobody.Exit);
        Assert.Contains("No workspace matches nobody-here@example.com", nobody.Error, StringComparison.Ordinal);
        Assert.Equal(1, refused.Exit);
        Assert.Contains("Its columns are not those of a contacts export.", refused.Error, StringComparison.Ordinal);
        Assert.Equal(1, await app.InWorkspaceAsync(account.WorkspaceId, db => db.People.CountAsync()));
    }

    [Fact]
    public async Task Export_writes_the_workspace_document_and_import_workspace_takes_it_into_an_empty_workspace_only()
    {
        var source = await app.NewAccountAsync();
        var client = await (await source.Api.PostJsonAsync("/api/v1/people", new { name = "Ricardo Salas", emails = new[] { new { value = "ricardo@example.com", label = "work" } } })).ReadAsync(HttpStatusCode.Created);
        (await source.Api.PostJsonAsync("/api/v1/relationships", new { clientId = client.Id() })).EnsureSuccessStatusCode();
        var target = await app.NewAccountAsync();
        var file = Path.Combine(app.DataDirectory, $"workspace-{Guid.NewGuid():N}.json");

        var exported = await RunAsync("export", file, "--workspace", source.Email);
        var again = await RunAsync("export", file, "--workspace", source.Email);
        var imported = await RunAsync("import", "workspace", file, "--workspace", target.WorkspaceId.ToString());
        var twice = await RunAsync("import", "workspace", file, "--workspace", target.Email);
        var broken = Path.Combine(app.DataDirectory, $"broken-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(broken, (await File.ReadAllTextAsync(file)).Replace("\"internal\"", "\"sideways\"", StringComparison.Ordinal));
        var refused = await RunAsync("import", "workspace", broken, "--workspace", (await app.NewAccountAsync()).Email);

        Assert.True(exported.Exit == 0, exported.Error);
        Assert.Contains("\"format\": \"aliado-workspace\"", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
        Assert.Equal(1, again.Exit);
        Assert.Contains("add --force", again.Error, StringComparison.Ordinal);
        Assert.True(imported.Exit == 0, imported.Error);
        Assert.Equal("Workspace imported. People: 1; organizations: 0; relationships: 1; lessons: 0." + Environment.NewLine, imported.Output);
        Assert.Equal(1, twice.Exit);
        Assert.Contains("only goes into an empty workspace", twice.Error, StringComparison.Ordinal);
        Assert.Equal(1, refused.Exit);
        Assert.Contains("relationships[0].kind:", refused.Error, StringComparison.Ordinal);
        var people = await app.InWorkspaceAsync(target.WorkspaceId, db => db.People.Select(p => p.Name).ToListAsync());
        Assert.Contains("Ricardo Salas", people);
        Assert.Equal(1, await app.InWorkspaceAsync(target.WorkspaceId, db => db.Relationships.CountAsync()));
    }

    [Fact]
    public async Task A_backup_taken_while_the_app_runs_restores_into_an_empty_folder_with_every_write_and_refuses_to_overwrite()
    {
        var account = await app.NewAccountAsync();
        (await account.Api.PostJsonAsync("/api/v1/people", new { name = "Written just before the backup" })).EnsureSuccessStatusCode();
        var folder = Directory.CreateTempSubdirectory("aliado-backup-").FullName;
        var file = Path.Combine(folder, "aliado.backup");
        var restored = Path.Combine(folder, "restored");
        try
        {
            var backup = await RunAsync("backup", file);
            var again = await RunAsync("backup", file);
            var restore = await RunWithAsync(new Dictionary<string, string?> { ["ALIADO_DATA_DIR"] = restored }, "restore", file);
            var overwrite = await RunWithAsync(new Dictionary<string, string?> { ["ALIADO_DATA_DIR"] = restored }, "restore", file);
            var notBackup = await RunWithAsync(new Dictionary<string, string?> { ["ALIADO_DATA_DIR"] = Path.Combine(folder, "other") }, "restore", Path.Combine(AppContext.BaseDirectory, "Fixtures", "csv", "google.csv"));

            Assert.True(backup.Exit == 0, backup.Error);
            Assert.Contains("Backed up to", backup.Output, StringComparison.Ordinal);
            Assert.Equal(1, again.Exit);
            Assert.Contains("already exists; add --force", again.Error, StringComparison.Ordinal);
            Assert.True(restore.Exit == 0, restore.Output + restore.Error);
            Assert.Contains("ok    The database file is intact.", restore.Output, StringComparison.Ordinal);
            Assert.Equal(1, overwrite.Exit);
            Assert.Contains("already holds data", overwrite.Error, StringComparison.Ordinal);
            Assert.Equal(1, notBackup.Exit);
            Assert.Contains("is not an Aliado backup", notBackup.Error, StringComparison.Ordinal);
            await using var copy = new SqliteAliadoDbContext(new DbContextOptionsBuilder<SqliteAliadoDbContext>().UseSqlite($"Data Source={Path.Combine(restored, "aliado.db")};Pooling=False").Options, new WorkspaceScope());
            Assert.True(await copy.People.IgnoreQueryFilters().AnyAsync(p => p.Name == "Written just before the backup"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task On_postgres_backup_and_restore_go_through_pg_dump_and_pg_restore()
    {
        var server = TestPostgres.RequireServer();
        var source = TestPostgres.NewDatabase(server);
        var target = TestPostgres.NewDatabase(server);
        var file = Path.Combine(Path.GetTempPath(), $"aliado-{Guid.NewGuid():N}.dump");
        try
        {
            Dictionary<string, string?> On(string database) => new() { ["Database:Provider"] = "postgres", ["Database:ConnectionString"] = database };
            Assert.Equal(0, (await RunWithAsync(On(source), "migrate")).Exit);
            Assert.Equal(0, (await RunWithAsync(On(source), "user", "add", "pg-backup@example.com", "--password", "a long enough passphrase")).Exit);

            var backup = await RunWithAsync(On(source), "backup", file);
            var refused = await RunWithAsync(On(source), "restore", file);
            var restore = await RunWithAsync(On(target), "restore", file);

            Assert.True(backup.Exit == 0, backup.Error);
            Assert.Equal(1, refused.Exit);
            Assert.True(restore.Exit == 0, restore.Output + restore.Error);
            await using var copy = new PostgresAliadoDbContext(new DbContextOptionsBuilder<PostgresAliadoDbContext>().UseNpgsql(target).Options, new WorkspaceScope());
            Assert.True(await copy.Users.AnyAsync(u => u.Email == "pg-backup@example.com"));
        }
        finally
        {
            File.Delete(file);
            await TestPostgres.DropAsync(source);
            await TestPostgres.DropAsync(target);
        }
    }

    [Fact]
    public async Task Scheduled_backups_write_into_their_folder_and_keep_only_the_newest()
    {
        await app.NewAccountAsync();
        var folder = Directory.CreateTempSubdirectory("aliado-scheduled-").FullName;
        try
        {
            var clock = new SteppingClock(new DateTimeOffset(2026, 11, 26, 3, 0, 0, TimeSpan.Zero));
            var backups = new Aliado.Features.Backups.ScheduledBackups(
                Microsoft.Extensions.Options.Options.Create(new Aliado.Features.Backups.BackupSettings { Keep = 2, Folder = folder }),
                app.Services.GetRequiredService<DatabaseOptions>(),
                app.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>(),
                app.Services.GetRequiredService<IServiceScopeFactory>(),
                app.Services.GetRequiredService<Aliado.Platform.JobLeases>(),
                clock,
                Microsoft.Extensions.Logging.Abstractions.NullLogger<Aliado.Features.Backups.ScheduledBackups>.Instance);

            foreach (var _ in Enumerable.Range(0, 3))
            {
                await backups.RunOnceAsync(CancellationToken.None);
                clock.Advance(TimeSpan.FromDays(1));
            }

            Assert.Equal(["aliado-20261127-030000-000.backup", "aliado-20261128-030000-000.backup"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Backup_settings_that_could_never_work_are_refused_with_a_sentence()
    {
        var result = new Aliado.Features.Backups.BackupSettingsValidation().Validate(null, new Aliado.Features.Backups.BackupSettings { Every = TimeSpan.FromSeconds(5), Keep = 0 });

        Assert.Equal(["Backup:Every must be at least one minute (it is 00:00:05); for a daily backup write 1.00:00:00.", "Backup:Keep must be between 1 and 1000 (it is 0)."], result.Failures);
    }
}

/// <summary>A clock a test moves by hand.</summary>
internal sealed class SteppingClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
