using Aliado.Cli;
using Aliado.Platform;

if (AdminCommands.Handles(args))
{
    return await AdminCommands.RunAsync(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
WebApplication app;
try
{
    builder.AddAliado();
    app = builder.Build();
}
catch (SettingsException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 2;
}
try
{
    await app.PrepareDatabaseAsync();
}
catch (SettingsException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 2;
}
catch (Exception e) when (Aliado.Data.StorageFaults.IsStorageFault(e))
{
    // One sentence for whoever started it, not a stack trace.
    var text = app.Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Aliado.SharedResource>>();
    await Console.Error.WriteLineAsync(text["startup.storage", e.GetBaseException().Message]);
    return 3;
}
StartupWarnings.Log(app);
app.UseAliado();
try
{
    await app.RunAsync();
}
catch (Microsoft.Extensions.Options.OptionsValidationException e)
{
    // Settings checked at start (Backup, Email…): say which and why, and stop before serving anyone.
    await Console.Error.WriteLineAsync(string.Join(" ", e.Failures));
    return 2;
}
return 0;

/// <summary>Entry point; public so integration tests can host the app.</summary>
public partial class Program;
