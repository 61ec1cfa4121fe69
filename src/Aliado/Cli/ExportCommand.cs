using System.CommandLine;
using Aliado.Data;
using Aliado.Features.Exports;
using Microsoft.Extensions.Localization;

namespace Aliado.Cli;

/// <summary><c>aliado export FILE --workspace …</c>: the whole workspace as the document GET /api/v1/export gives.</summary>
public static class ExportCommand
{
    public static Command Build(IServiceProvider services, IStringLocalizer text, TextWriter output, TextWriter error, Func<IServiceProvider, CancellationToken, Task> requireCurrentSchema)
    {
        var file = new Argument<FileInfo>("FILE") { Description = text["cli.export-file"] };
        var workspace = new Option<string>("--workspace") { Description = text["cli.import-workspace"], Required = true };
        var force = new Option<bool>("--force") { Description = text["cli.backup-force"] };
        var command = new Command("export", text["cli.export"]) { file, workspace, force };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetRequiredValue(file);
            if (path.Exists && !parse.GetValue(force))
            {
                await error.WriteLineAsync(text["cli.export-exists", path.FullName]);
                return 1;
            }
            await using var scope = services.CreateAsyncScope();
            if (await ImportCommand.EnterAsync(scope.ServiceProvider, parse.GetRequiredValue(workspace), text, error, requireCurrentSchema, cancellationToken) is null)
            {
                return 1;
            }
            // Written beside the target and moved into place, so a failed export never leaves half a document under the name.
            var partial = path.FullName + ".partial";
            await using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                await WorkspaceExport.WriteAsync(stream, scope.ServiceProvider.GetRequiredService<AliadoDbContext>(), scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, cancellationToken);
            }
            File.Move(partial, path.FullName, overwrite: true);
            await output.WriteLineAsync(text["cli.export-done", path.FullName]);
            return 0;
        });
        return command;
    }
}
