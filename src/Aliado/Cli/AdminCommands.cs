using System.CommandLine;
using System.Globalization;
using Aliado.Data;
using Aliado.Features.Accounts;
using Aliado.Features.Demo;
using Aliado.Features.Tokens;
using Aliado.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Cli;

/// <summary>
/// The admin command line: <c>aliado user add</c>, <c>aliado token create</c>, <c>aliado migrate</c>,
/// <c>aliado demo</c>… It runs on the generic host with the web app's configuration sources
/// (appsettings.json and appsettings.{environment}.json, user secrets in Development, environment
/// variables, <c>--Section:Key=value</c> switches) and its data folder. Only <c>migrate</c> changes the
/// schema; the others refuse a database that is behind. Messages follow the terminal's language (LANG),
/// English or Spanish.
/// </summary>
public static class AdminCommands
{
    private static readonly string[] _rootOptions = ["--help", "-h", "-?", "--version"];

    /// <summary>
    /// A first word (or --help, --version) means the command line: an unknown word is an error with help,
    /// never a server start. No word, or a web switch such as <c>--urls</c>, starts the web app.
    /// </summary>
    public static bool Handles(string[] args) =>
        Words(args) is [var first, ..] && (!first.StartsWith('-') || _rootOptions.Contains(first));

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings = null, TextReader? input = null)
    {
        IHost host;
        try
        {
            host = BuildHost(args.Where(IsSetting).ToArray(), settings);
        }
        catch (SettingsException e)
        {
            await error.WriteLineAsync(e.Message);
            return 2;
        }
        using (host)
        {
            var services = host.Services;
            var text = services.GetRequiredService<IStringLocalizer<SharedResource>>();
            var root = Build(services, text, output, error, input ?? Console.In);
            try
            {
                return await root.Parse(Words(args)).InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
            }
            catch (SettingsException e)
            {
                await error.WriteLineAsync(e.Message);
                return 2;
            }
            catch (Microsoft.Extensions.Options.OptionsValidationException e)
            {
                await error.WriteLineAsync(string.Join(" ", e.Failures));
                return 2;
            }
            catch (SchemaBehindException)
            {
                await error.WriteLineAsync(text["cli.schema-behind"]);
                return 3;
            }
            catch (Exception e) when (e is MailKit.Net.Smtp.SmtpCommandException or MailKit.Net.Smtp.SmtpProtocolException or System.Net.Sockets.SocketException or MailKit.Security.AuthenticationException)
            {
                await error.WriteLineAsync(text["cli.reminders-smtp-failed", e.Message]);
                return 4;
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
            {
                await error.WriteLineAsync(text["cli.database-failed", e.Message]);
                return 3;
            }
        }
    }

    private static IHost BuildHost(string[] switches, IReadOnlyDictionary<string, string?>? settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = switches,
            // Where appsettings.json sits beside aliado.dll, whatever folder the command is typed in.
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(AdminCommands).Assembly.GetName().Name,
            EnvironmentName = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
                ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
                ?? Environments.Production,
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        // Standard output carries only the command's answer (a token, a count): warnings go to standard error.
        builder.Logging.ClearProviders()
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.None)
            .AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        builder.Services.AddAliadoServices(builder.Configuration);
        return builder.Build();
    }

    /// <summary><c>--Database:Provider=postgres</c> is a setting, as on the web app's command line; the rest is the command.</summary>
    private static bool IsSetting(string arg) => arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal);

    private static string[] Words(string[] args) => args.Where(a => !IsSetting(a)).ToArray();

    private static RootCommand Build(IServiceProvider services, IStringLocalizer text, TextWriter output, TextWriter error, TextReader input)
    {
        var root = new RootCommand(text["cli.description"]);

        var email = new Argument<string>("EMAIL") { Description = text["cli.email"] };
        var password = new Option<string?>("--password") { Description = text["cli.password"] };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = text["cli.password-stdin"] };
        var displayName = new Option<string?>("--name") { Description = text["cli.display-name"] };
        var language = new Option<string>("--language") { Description = text["cli.language"], DefaultValueFactory = _ => Platform.Localization.Current };
        language.AcceptOnlyFromAmong(Platform.Localization.Cultures);

        var userAdd = new Command("add", text["cli.user-add"]) { email, password, passwordStdin, displayName, language };
        userAdd.Validators.Add(result =>
        {
            if ((result.GetResult(password) is null) == (result.GetResult(passwordStdin) is null))
            {
                result.AddError(text["cli.password-one-way"]);
            }
        });
        userAdd.SetAction(async (parse, cancellationToken) =>
        {
            // From a pipe or a secret file, so the password never shows in the process list or shell history.
            var secret = parse.GetValue(passwordStdin) ? (await input.ReadLineAsync(cancellationToken))?.TrimEnd('\r') ?? string.Empty : parse.GetRequiredValue(password)!;
            await using var scope = services.CreateAsyncScope();
            await RequireCurrentSchemaAsync(scope.ServiceProvider, cancellationToken);
            var (user, errors) = await scope.ServiceProvider.GetRequiredService<AccountOpening>().OpenAsync(
                new NewAccount(parse.GetRequiredValue(email), secret, parse.GetValue(displayName) ?? string.Empty, parse.GetRequiredValue(language)),
                cancellationToken: cancellationToken);
            if (user is null)
            {
                foreach (var e in errors)
                {
                    await error.WriteLineAsync(e.Description);
                }
                return 1;
            }
            await output.WriteLineAsync(text["cli.user-added", user.Email!]);
            return 0;
        });
        root.Add(new Command("user", text["cli.user"]) { userAdd });

        var tokenEmail = new Argument<string>("EMAIL") { Description = text["cli.email"] };
        var tokenName = new Option<string?>("--name") { Description = text["cli.token-name"] };
        var tokenCreate = new Command("create", text["cli.token-create"]) { tokenEmail, tokenName };
        tokenCreate.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = services.CreateAsyncScope();
            await RequireCurrentSchemaAsync(scope.ServiceProvider, cancellationToken);
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<AliadoUser>>().FindByEmailAsync(parse.GetRequiredValue(tokenEmail).Trim());
            if (user is null)
            {
                await error.WriteLineAsync(text["cli.no-such-user", parse.GetRequiredValue(tokenEmail)]);
                return 1;
            }
            scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Enter(user.PersonalWorkspaceId);
            var issued = await scope.ServiceProvider.GetRequiredService<PersonalTokens>().IssueAsync(user.Id, user.PersonalWorkspaceId, parse.GetValue(tokenName) ?? "cli", cancellationToken);
            await output.WriteLineAsync(issued.Secret);
            return 0;
        });
        root.Add(new Command("token", text["cli.token"]) { tokenCreate });

        var migrate = new Command("migrate", text["cli.migrate"]);
        migrate.SetAction(async (_, cancellationToken) =>
        {
            await using var scope = services.CreateAsyncScope();
            await MigrateAsync(scope.ServiceProvider, cancellationToken);
            await output.WriteLineAsync(text["cli.migrated"]);
            return 0;
        });
        root.Add(migrate);

        var demoEmail = new Option<string?>("--email") { Description = text["cli.demo-email"] };
        var demoPassword = new Option<string?>("--password") { Description = text["cli.demo-password"] };
        var demoPeople = new Option<int?>("--people") { Description = text["cli.demo-people"] };
        var demoRelationships = new Option<int?>("--relationships") { Description = text["cli.demo-relationships"] };
        var demo = new Command("demo", text["cli.demo"]) { language, demoEmail, demoPassword, demoPeople, demoRelationships };
        demo.SetAction(async (parse, cancellationToken) =>
        {
            ScaleDemo.Size? size = parse.GetValue(demoPeople) is { } people
                ? new(people, parse.GetValue(demoRelationships) ?? people / 10)
                : parse.GetValue(demoRelationships) is { } alone ? new(0, alone) : null;
            if (size is { IsValid: false })
            {
                await error.WriteLineAsync(text["cli.demo-size"]);
                return 1;
            }
            await using var scope = services.CreateAsyncScope();
            await RequireCurrentSchemaAsync(scope.ServiceProvider, cancellationToken);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var (created, errors) = size is null
                ? await scope.ServiceProvider.GetRequiredService<DemoWorkspace>().CreateAsync(
                    parse.GetRequiredValue(language), parse.GetValue(demoEmail), parse.GetValue(demoPassword), cancellationToken)
                : await scope.ServiceProvider.GetRequiredService<ScaleDemo>().CreateAsync(
                    parse.GetRequiredValue(language), size, parse.GetValue(demoEmail), parse.GetValue(demoPassword), cancellationToken);
            if (created is null)
            {
                foreach (var e in errors)
                {
                    await error.WriteLineAsync(e);
                }
                return 1;
            }
            if (size is not null)
            {
                await output.WriteLineAsync(text["cli.demo-scale-created", size.People.ToString("N0", CultureInfo.CurrentCulture), size.Relationships.ToString("N0", CultureInfo.CurrentCulture), watch.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.CurrentCulture)]);
            }
            await output.WriteLineAsync(text["cli.demo-created", created.User.Email!, created.Password]);
            return 0;
        });
        root.Add(demo);

        var remindersSend = new Command("send", text["cli.reminders-send"]);
        remindersSend.SetAction(async (_, cancellationToken) =>
        {
            await using var scope = services.CreateAsyncScope();
            if (!scope.ServiceProvider.GetRequiredService<Features.Reminders.Mailer>().IsConfigured)
            {
                await error.WriteLineAsync(text["cli.reminders-no-email"]);
                return 2;
            }
            await RequireCurrentSchemaAsync(scope.ServiceProvider, cancellationToken);
            var report = await scope.ServiceProvider.GetRequiredService<Features.Reminders.ReminderRun>().SendAllNowAsync(cancellationToken);
            await output.WriteLineAsync(text.Count("cli.reminders-sent", report.Sent, report.Sent, text.Count("count.people", report.NothingDue, report.NothingDue)));
            return 0;
        });
        root.Add(new Command("reminders", text["cli.reminders"]) { remindersSend });

        var doctor = new Command("doctor", text["cli.doctor"]);
        doctor.SetAction(async (_, cancellationToken) => await Doctor.RunAsync(services, text, output, cancellationToken));
        root.Add(doctor);
        root.Add(ImportCommand.Build(services, text, output, error, RequireCurrentSchemaAsync));
        root.Add(ExportCommand.Build(services, text, output, error, RequireCurrentSchemaAsync));
        foreach (var command in BackupCommands.Build(services, text, output, error))
        {
            root.Add(command);
        }
        return root;
    }

    /// <summary>Every command but <c>migrate</c> works on the schema as it is, and refuses one that is behind.</summary>
    private static async Task RequireCurrentSchemaAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if ((await services.GetRequiredService<AliadoDbContext>().Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            throw new SchemaBehindException();
        }
    }

    private static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await DataServices.MigrateAsync(services.GetRequiredService<AliadoDbContext>(), cancellationToken);
        await Features.Relationships.VerdictUpgrade.RunAsync(services, cancellationToken);
    }
}

/// <summary>The database is behind this version of Aliado; only <c>aliado migrate</c> brings it up.</summary>
public sealed class SchemaBehindException() : Exception("The database schema is behind this version of Aliado.");
