// A kernel session over the server's WebSocket: commands out, events in, routed by command token.
import { api } from "./api.js";

export class KernelSession {
  constructor(notebookPath, onState) {
    this.notebookPath = notebookPath;
    this.onState = onState; // (state, detail) => void: "starting" | "idle" | "busy" | "restarting" | "dead"
    this.pending = new Map(); // token -> { onEvent, resolve }
    this.counter = 0;
  }

  async start() {
    this.onState("starting");
    const kernel = await api.startKernel(this.notebookPath);
    this.id = kernel.id;
    this.language = kernel.language; // "CSharp" or "QSharp"
    await this.connect();
    this.onState("idle");
  }

  connect() {
    return new Promise((resolve, reject) => {
      const socket = api.channel(this.id);
      socket.onopen = () => resolve();
      socket.onerror = () => reject(new Error("The kernel connection failed."));
      socket.onmessage = (message) => this.dispatch(JSON.parse(message.data));
      socket.onclose = () => {
        if (this.socket === socket) {
          this.failAll("The connection to the kernel was closed.");
          this.onState("dead", "disconnected");
        }
      };
      this.socket = socket;
    });
  }

  dispatch(event) {
    if (event.type === "KernelStatusChanged" || event.type === "KernelRestarted") {
      // The server restarted the kernel (limit hit or interrupt): running cells will not finish.
      this.failAll(event.reason || "The kernel was restarted.");
      this.onState("idle", event.reason);
      return;
    }
    const entry = this.pending.get(event.commandToken);
    if (!entry) return;
    entry.onEvent(event);
    if (event.type === "CommandSucceeded" || event.type === "CommandFailed") {
      this.pending.delete(event.commandToken);
      entry.resolve(event.type === "CommandSucceeded");
      if (this.pending.size === 0) this.onState("idle");
    }
  }

  failAll(reason) {
    for (const [token, entry] of this.pending) {
      entry.onEvent({ type: "CommandFailed", commandToken: token, errorName: "KernelRestarted", message: reason, traceback: [] });
      entry.resolve(false);
    }
    this.pending.clear();
  }

  /** Runs code; onEvent gets every event of this command; resolves to true when it succeeded. */
  execute(code, cellId, onEvent) {
    const token = `cell-${++this.counter}-${Date.now()}`;
    return new Promise((resolve) => {
      this.pending.set(token, { onEvent, resolve });
      this.onState("busy");
      this.socket.send(JSON.stringify({ type: "SubmitCode", token, code, cellId }));
    });
  }

  async interrupt() {
    await api.interrupt(this.id);
  }

  async restart() {
    this.onState("restarting");
    this.failAll("The kernel was restarted.");
    await api.restart(this.id);
    this.onState("idle");
  }

  close() {
    const socket = this.socket;
    this.socket = undefined;
    socket?.close();
  }
}
