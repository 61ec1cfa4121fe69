using System.CommandLine;
using Aliado.Data;
using Aliado.Features.Backups;
using Microsoft.Extensions.Localization;

namespace Aliado.Cli;

/// <summary><c>aliado backup FILE</c> and <c>aliado restore FILE</c>, the latter followed by the doctor's checks.</summary>
public static class BackupCommands
{
    public static IEnumerable<Command> Build(IServiceProvider services, IStringLocalizer text, TextWriter output, TextWriter error)
    {
        var backupFile = new Argument<string>("FILE") { Description = text["cli.backup-file"] };
        var backupForce = new Option<bool>("--force") { Description = text["cli.backup-force"] };
        var backup = new Command("backup", text["cli.backup"]) { backupFile, backupForce };
        backup.SetAction(async (parse, cancellationToken) =>
        {
            var outcome = await DatabaseBackup.BackupAsync(services.GetRequiredService<DatabaseOptions>(), parse.GetRequiredValue(backupFile), parse.GetValue(backupForce), cancellationToken);
            return await ReportAsync(outcome, text, output, error);
        });

        var restoreFile = new Argument<string>("FILE") { Description = text["cli.backup-file"] };
        var restoreForce = new Option<bool>("--force") { Description = text["cli.backup-force"] };
        var restore = new Command("restore", text["cli.restore"]) { restoreFile, restoreForce };
        restore.SetAction(async (parse, cancellationToken) =>
        {
            var outcome = await DatabaseBackup.RestoreAsync(services.GetRequiredService<DatabaseOptions>(), parse.GetRequiredValue(restoreFile), parse.GetValue(restoreForce), cancellationToken);
            var exit = await ReportAsync(outcome, text, output, error);
            return exit != 0 ? exit : await Doctor.RunAsync(services, text, output, cancellationToken);
        });
        return [backup, restore];
    }

    private static async Task<int> ReportAsync(BackupOutcome outcome, IStringLocalizer text, TextWriter output, TextWriter error)
    {
        await (outcome.Done ? output : error).WriteLineAsync(text[outcome.MessageKey, outcome.Argument]);
        return outcome.Done ? 0 : 1;
    }
}
