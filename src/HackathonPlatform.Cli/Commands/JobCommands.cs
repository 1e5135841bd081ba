using System.CommandLine;
using System.Globalization;

namespace HackathonPlatform.Cli.Commands;

/// <summary>
/// `hackathon job submit SCRIPT [--flavour F]`, `job list`, `job cancel ID`, `job logs ID`: a group's batch jobs
/// through the hub's API, so they are listed on the jobs page and counted against the hackathon's GPU quota. The hub
/// is --hub URL or HACKATHON_HUB_URL; the personal API token (from /account/tokens) HACKATHON_TOKEN or --token-file;
/// the group --group ID or HACKATHON_GROUP. `job slurm ...` is the administrators' direct Slurm access.
/// Exit 2: bad input or configuration (no token, no hub, no group, no script); 1: the hub refused (quota, flavour,
/// token, access) or is unreachable, with the hub's reason.
/// </summary>
internal static class JobCommands
{
    public const int HubRefused = 1;
    public const int BadInput = 2;

    public static Command Create(CliContext context)
    {
        var hub = new Option<string?>("--hub") { Description = "The hub's address, e.g. https://hub.example.org; default: $HACKATHON_HUB_URL." };
        var tokenFile = new Option<string?>("--token-file") { Description = "A file holding your API token (create one at /account/tokens); default: $HACKATHON_TOKEN." };
        var group = new Option<int?>("--group", "-g") { Description = "The id of your group (in the address of its jobs page, /my/jobs/ID); default: $HACKATHON_GROUP." };
        Option[] common = [hub, tokenFile, group];

        var script = new Argument<string>("script") { Description = "The bash script to run." };
        var flavour = new Option<string?>("--flavour", "-f") { Description = "The flavour (resources); default: your group's allocated flavour, else the hub's choice." };
        var name = new Option<string?>("--name") { Description = "A name for the job; default: the script's file name." };
        var submit = WithOptions(new Command("submit", "Submit a batch script to the hub (counted against your group's GPU quota); prints the job's id.") { script, flavour, name }, common);
        submit.SetAction((r, ct) => RunAsync(context, r, hub, tokenFile, group, async client =>
        {
            var path = r.GetValue(script)!;
            if (!File.Exists(path))
            {
                return context.Fail($"no such script: {path}", BadInput);
            }

            var job = await client.SubmitAsync(await File.ReadAllTextAsync(path, ct), r.GetValue(flavour), r.GetValue(name) ?? Path.GetFileName(path), ct);
            await context.Output.WriteLineAsync(job.Id.ToString(CultureInfo.InvariantCulture));
            await context.Error.WriteLineAsync($"job {job.Id} ({job.Flavour}): {job.State}. {job.Reason}".TrimEnd());
            return 0;
        }));

        var list = WithOptions(new Command("list", "List your group's jobs: id, state, flavour, GPUs, submitted, name, reason."), common);
        list.SetAction((r, ct) => RunAsync(context, r, hub, tokenFile, group, async client =>
        {
            foreach (var job in await client.ListAsync(ct))
            {
                await context.Output.WriteLineAsync(string.Join('\t',
                    job.Id.ToString(CultureInfo.InvariantCulture), job.State, job.Flavour, job.GpuCount.ToString(CultureInfo.InvariantCulture),
                    job.SubmittedAt.ToString("u", CultureInfo.InvariantCulture), job.Name, job.Reason));
            }

            return 0;
        }));

        var cancelId = new Argument<int>("id") { Description = "The job's id (from `job submit` or `job list`)." };
        var cancel = WithOptions(new Command("cancel", "Cancel one of your group's jobs.") { cancelId }, common);
        cancel.SetAction((r, ct) => RunAsync(context, r, hub, tokenFile, group, async client =>
        {
            var job = await client.CancelAsync(r.GetValue(cancelId), ct);
            await context.Output.WriteLineAsync($"{job.Id}\t{job.State}\t{job.Reason}");
            return 0;
        }));

        var logId = new Argument<int>("id") { Description = "The job's id." };
        var logs = WithOptions(new Command("logs", "Print the end of a job's output.") { logId }, common);
        logs.SetAction((r, ct) => RunAsync(context, r, hub, tokenFile, group, async client =>
        {
            await context.Output.WriteAsync(await client.LogAsync(r.GetValue(logId), ct));
            return 0;
        }));

        return new Command("job", "Batch jobs through the hub (submit with a flavour, list, cancel, logs); only these count against the GPU quota.")
        {
            submit, list, cancel, logs, JobSlurmCommands.Create(context),
        };
    }

    private static Command WithOptions(Command command, Option[] options)
    {
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult r, Option<string?> hub, Option<string?> tokenFile, Option<int?> group, Func<HubJobClient, Task<int>> action)
    {
        var hubUrl = r.GetValue(hub) ?? Environment.GetEnvironmentVariable("HACKATHON_HUB_URL");
        if (string.IsNullOrWhiteSpace(hubUrl) || !Uri.TryCreate(hubUrl.TrimEnd('/') + "/", UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("http" or "https"))
        {
            return context.Fail("give the hub's address: --hub https://HUB or set HACKATHON_HUB_URL", BadInput);
        }

        string? token;
        if (r.GetValue(tokenFile) is { } file)
        {
            if (!File.Exists(file))
            {
                return context.Fail($"no such token file: {file}", BadInput);
            }

            token = (await File.ReadAllTextAsync(file)).Trim();
        }
        else
        {
            token = Environment.GetEnvironmentVariable("HACKATHON_TOKEN")?.Trim();
        }

        if (string.IsNullOrEmpty(token))
        {
            return context.Fail($"no API token: create one at {baseUri}account/tokens, then set HACKATHON_TOKEN or give --token-file FILE", BadInput);
        }

        var groupId = r.GetValue(group);
        if (groupId is null && int.TryParse(Environment.GetEnvironmentVariable("HACKATHON_GROUP"), NumberStyles.None, CultureInfo.InvariantCulture, out var fromEnvironment))
        {
            groupId = fromEnvironment;
        }

        if (groupId is not > 0)
        {
            return context.Fail("give your group's id: --group ID (the number in /my/jobs/ID) or set HACKATHON_GROUP", BadInput);
        }

        using var client = HubJobClient.Create(baseUri, token, groupId.Value);
        try
        {
            return await action(client);
        }
        catch (HubRefusedException ex)
        {
            return context.Fail(ex.Message, HubRefused);
        }
        catch (IOException ex)
        {
            return context.Fail(ex.Message, BadInput);
        }
    }
}
