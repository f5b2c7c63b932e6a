// The tests that spawn the command run the bundle a user installs: build it from the current sources first.
import { buildCli } from '../../scripts/build-cli';

export default async function setup(): Promise<void> {
  await buildCli();
}
