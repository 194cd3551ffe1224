// Checks the app's port before anything starts, so a clash gives one clear line.
import net from "node:net";
import { UserFacingError } from "./cli";

export async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") {
        reject(
          new UserFacingError(
            `Port ${port} is already in use. Stop the other program, or set PORT to a free port, e.g. PORT=${port + 1} npm start.`,
          ),
        );
      } else if (error.code === "EACCES") {
        reject(new UserFacingError(`Port ${port} needs extra permissions. Set PORT to a number above 1024.`));
      } else reject(error);
    });
    probe.listen(port, () => probe.close(() => resolve()));
  });
}
