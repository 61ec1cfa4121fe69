using Aliado.Cli;
using Aliado.Platform;

if (AdminCommands.Handles(args))
{
    return await AdminCommands.RunAsync(args, Console.Out, Console.Error);
}

WebApplication app;
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddAliado();
    app = builder.Build();
}
catch (SettingsException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 2;
}
await app.PrepareDatabaseAsync();
app.UseAliado();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so integration tests can host the app.</summary>
public partial class Program;
