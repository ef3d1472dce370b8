using GovernanceDialogue.Core;
using GovernanceDialogue.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddGovernanceCore(builder.Configuration);
builder.AddGovernanceWeb();

var app = builder.Build();

app.UseGovernanceWeb();
await app.InitializeDatabaseAsync();
await app.RunAsync();

/// <summary>Entry point; public so the test hosts can start the app.</summary>
public partial class Program;
