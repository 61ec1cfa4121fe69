using System.CommandLine;
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
/// <c>aliado demo</c>. It reads the same configuration and data folder as the web app. Messages follow
/// the terminal's language (LANG), English or Spanish.
/// </summary>
public static class AdminCommands
{
    private static readonly string[] _commands = ["user", "token", "migrate", "demo", "reminders", "doctor", "import", "export", "backup", "restore", "help", "--help", "-h", "-?"];

    public static bool Handles(string[] args) => args.Length > 0 && _commands.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<IConfiguration>(configuration);
        try
        {
            collection.AddAliadoServices(configuration);
        }
        catch (SettingsException e)
        {
            await error.WriteLineAsync(e.Message);
            return 2;
        }
        var services = collection.BuildServiceProvider();
        await using (services)
        {
            var text = services.GetRequiredService<IStringLocalizer<SharedResource>>();
            var root = Build(services, text, output, error);
            try
            {
                return await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
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

    private static RootCommand Build(IServiceProvider services, IStringLocalizer text, TextWriter output, TextWriter error)
    {
        var root = new RootCommand(text["cli.description"]);

        var email = new Argument<string>("EMAIL") { Description = text["cli.email"] };
        var password = new Option<string>("--password") { Description = text["cli.password"], Required = true };
        var displayName = new Option<string?>("--name") { Description = text["cli.display-name"] };
        var language = new Option<string>("--language") { Description = text["cli.language"], DefaultValueFactory = _ => Platform.Localization.Current };
        language.AcceptOnlyFromAmong(Platform.Localization.Cultures);

        var userAdd = new Command("add", text["cli.user-add"]) { email, password, displayName, language };
        userAdd.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = services.CreateAsyncScope();
            await MigrateAsync(scope.ServiceProvider, cancellationToken);
            var (user, errors) = await scope.ServiceProvider.GetRequiredService<AccountOpening>().OpenAsync(
                new NewAccount(parse.GetRequiredValue(email), parse.GetRequiredValue(password), parse.GetValue(displayName) ?? string.Empty, parse.GetRequiredValue(language)),
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
            await MigrateAsync(scope.ServiceProvider, cancellationToken);
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
        var demo = new Command("demo", text["cli.demo"]) { language, demoEmail, demoPassword };
        demo.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = services.CreateAsyncScope();
            await MigrateAsync(scope.ServiceProvider, cancellationToken);
            var (created, errors) = await scope.ServiceProvider.GetRequiredService<DemoWorkspace>().CreateAsync(
                parse.GetRequiredValue(language), parse.GetValue(demoEmail), parse.GetValue(demoPassword), cancellationToken);
            if (created is null)
            {
                foreach (var e in errors)
                {
                    await error.WriteLineAsync(e);
                }
                return 1;
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
            await MigrateAsync(scope.ServiceProvider, cancellationToken);
            var report = await scope.ServiceProvider.GetRequiredService<Features.Reminders.ReminderRun>().SendAllNowAsync(cancellationToken);
            await output.WriteLineAsync(text.Count("cli.reminders-sent", report.Sent, report.Sent, text.Count("count.people", report.NothingDue, report.NothingDue)));
            return 0;
        });
        root.Add(new Command("reminders", text["cli.reminders"]) { remindersSend });

        var doctor = new Command("doctor", text["cli.doctor"]);
        doctor.SetAction(async (_, cancellationToken) => await Doctor.RunAsync(services, text, output, cancellationToken));
        root.Add(doctor);
        root.Add(ImportCommand.Build(services, text, output, error, MigrateAsync));
        root.Add(ExportCommand.Build(services, text, output, error, MigrateAsync));
        foreach (var command in BackupCommands.Build(services, text, output, error))
        {
            root.Add(command);
        }
        return root;
    }

    private static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await DataServices.MigrateAsync(services.GetRequiredService<AliadoDbContext>(), cancellationToken);
        await Features.Relationships.VerdictUpgrade.RunAsync(services, cancellationToken);
    }
}
