using System.Text;

namespace HackathonPlatform.Spawning.Slurm;

/// <summary>
/// The notebook server's job script, as data (batchspawner's <c>batch_script</c>): placeholders in
/// braces are filled by <see cref="Render"/>, shell-quoted. The script picks a free port on the node,
/// reports <c>host:port</c> back (job comment through scontrol, and a line in the job's output for
/// clusters where users may not update comments), then execs the server.
/// </summary>
public static class SlurmServerScript
{
    /// <summary>The line prefix the script prints with the server's address.</summary>
    public const string AddressMarker = "HACKATHON_SERVER_ADDRESS=";

    /// <summary>The default template.</summary>
    public const string DefaultTemplate = """
        #!/bin/bash
        # Notebook server of a hackathon group, started by the hub's SlurmSpawner.
        {setup}
        port=""
        for _ in $(seq 1 50); do
          candidate=$(( 20000 + RANDOM % 40000 ))
          # A port that accepts a connection is taken; one that refuses is free (a race with other jobs
          # is possible: the server then fails to bind, the job ends and the hub reports it).
          if ! (exec 3<>/dev/tcp/127.0.0.1/$candidate) 2>/dev/null; then port=$candidate; break; fi
        done
        [ -n "$port" ] || { echo "no free port found" >&2; exit 1; }
        host=$({host_command})
        echo "HACKATHON_SERVER_ADDRESS=$host:$port"
        scontrol update JobId="$SLURM_JOB_ID" Comment="$host:$port" >/dev/null 2>&1 || true
        exec {dotnet} {server} --workspace {workspace} --port "$port" --address {listen_address} --base-path {base_path} --warm-kernel {warm_kernel} {extra_arguments}
        """;

    /// <summary>Fills a template; each value is quoted for the shell unless its key is in <paramref name="raw"/>.</summary>
    /// <param name="template">The template.</param>
    /// <param name="values">Placeholder names (without braces) and values.</param>
    /// <param name="raw">Placeholders inserted as written (shell code from configuration: setup, host_command).</param>
    /// <returns>The script.</returns>
    public static string Render(string template, IReadOnlyDictionary<string, string> values, IReadOnlySet<string> raw)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(raw);
        var script = new StringBuilder(template);
        foreach (var (key, value) in values)
        {
            script.Replace("{" + key + "}", raw.Contains(key) ? value : Quote(value));
        }

        return script.ToString();
    }

    /// <summary>Quotes one word for bash (single quotes; embedded quotes escaped).</summary>
    /// <param name="value">The word.</param>
    /// <returns>The quoted word.</returns>
    public static string Quote(string value) => "'" + (value ?? "").Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>The address the script printed in the job's output, or null.</summary>
    /// <param name="output">The output file's text.</param>
    /// <returns><c>host:port</c> or null.</returns>
    public static string? AddressFromOutput(string output) =>
        output?.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.StartsWith(AddressMarker, StringComparison.Ordinal))?[AddressMarker.Length..];
}
