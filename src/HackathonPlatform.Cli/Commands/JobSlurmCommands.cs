using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using HackathonPlatform.Spawning.Flavours;
using HackathonPlatform.Spawning.Slurm;

namespace HackathonPlatform.Cli.Commands;

/// <summary>
/// `hackathon job slurm submit SCRIPT --flavour F [--group G]`, `slurm list`, `slurm cancel ID`, `slurm logs ID`:
/// for administrators, batch jobs on Slurm straight through slurmrestd, bypassing the hub: such jobs are not in the
/// hub's lists and not counted against quotas (participants use `hackathon job submit` through the hub). Slurm is found through SLURMRESTD_URL,
/// SLURM_USER and SLURM_JWT (what scripts/slurm-up.sh prints); flavours through --flavours FILE
/// (JSON in the shape of the <c>Flavours</c> configuration section) or HACKATHON_FLAVOURS.
/// Exit 2: bad input or configuration; 1: Slurm refused or is unreachable.
/// </summary>
internal static class JobSlurmCommands
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Command Create(CliContext context)
    {
        var group = new Option<string>("--group", "-g") { Description = "The group that owns the jobs.", DefaultValueFactory = _ => Environment.UserName };
        var flavours = new Option<string?>("--flavours") { Description = "JSON file with the flavours ({\"items\":[...]}); default: $HACKATHON_FLAVOURS." };
        var script = new Argument<string>("script") { Description = "The batch script to run." };
        var flavour = new Option<string>("--flavour", "-f") { Description = "The flavour (CPUs, memory, GPUs, partition).", Required = true };
        var submit = new Command("submit", "Submit a batch script with a flavour's resources.") { script, flavour, group, flavours };
        submit.SetAction((r, ct) => Guard(context, async () =>
        {
            if (!File.Exists(r.GetValue(script)))
            {
                return context.Fail($"no such script: {r.GetValue(script)}", 2);
            }

            var catalog = LoadFlavours(r.GetValue(flavours));
            if (!catalog.TryResolve(r.GetValue(flavour), null, r.GetValue(group), out var chosen, out var refusal))
            {
                return context.Fail(refusal!, 2);
            }

            var text = await File.ReadAllTextAsync(r.GetValue(script)!, ct);
            var id = await Client().SubmitAsync(text, chosen!, r.GetValue(group)!, Path.GetDirectoryName(Path.GetFullPath(r.GetValue(script)!))!, cancellationToken: ct);
            await context.Output.WriteLineAsync(id.ToString(CultureInfo.InvariantCulture));
            return 0;
        }));

        var list = new Command("list", "List the group's jobs: id, state, reason, start.") { group };
        list.SetAction((r, ct) => Guard(context, async () =>
        {
            foreach (var job in await Client().ListAsync(r.GetValue(group)!, ct))
            {
                await context.Output.WriteLineAsync($"{job.JobId}\t{job.State}\t{job.Reason}\t{job.StartTime?.ToString("u", CultureInfo.InvariantCulture) ?? "-"}");
            }

            return 0;
        }));

        var id = new Argument<long>("id") { Description = "The job id." };
        var cancel = new Command("cancel", "Cancel a job.") { id };
        cancel.SetAction((r, ct) => Guard(context, async () =>
        {
            await Client().CancelAsync(r.GetValue(id), ct);
            return 0;
        }));

        var logId = new Argument<long>("id") { Description = "The job id." };
        var logs = new Command("logs", "Print the end of a job's output.") { logId };
        logs.SetAction((r, ct) => Guard(context, async () =>
        {
            if (await Client().GetAsync(r.GetValue(logId), ct) is not { } job)
            {
                return context.Fail($"Slurm does not know job {r.GetValue(logId)} (any more)", 2);
            }

            await context.Output.WriteAsync(await SlurmBatchClient.ReadLogAsync(job));
            return 0;
        }));

        return new Command("slurm", "Administrators: jobs straight on Slurm through slurmrestd, bypassing the hub (not listed there, not counted against quotas).") { submit, list, cancel, logs };
    }

    private static SlurmBatchClient Client()
    {
        string Need(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } v ? v : throw new ArgumentException($"set {name} (scripts/slurm-up.sh prints it)");
        return new SlurmBatchClient(new HttpClient(), new SlurmRestOptions { BaseUrl = new Uri(Need("SLURMRESTD_URL")), UserName = Need("SLURM_USER"), Token = Need("SLURM_JWT") });
    }

    private static FlavourCatalog LoadFlavours(string? file)
    {
        var path = file ?? Environment.GetEnvironmentVariable("HACKATHON_FLAVOURS") ?? throw new ArgumentException("give --flavours FILE or set HACKATHON_FLAVOURS");
        var options = JsonSerializer.Deserialize<FlavourOptions>(File.ReadAllText(path), Json) ?? throw new ArgumentException($"{path} holds no flavours");
        return new FlavourCatalog(options);
    }

    private static async Task<int> Guard(CliContext context, Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (ArgumentException ex)
        {
            return context.Fail(ex.Message, 2);
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            return context.Fail(ex.Message, 2);
        }
        catch (SlurmException ex)
        {
            return context.Fail(ex.Message, 1);
        }
    }
}
