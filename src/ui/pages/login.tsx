/** The sign-in page: one password field for the admin token. */
import { Layout, type Flash } from '../views/layout.js';

export function LoginPage(props: { formToken: string; flash?: Flash | null }) {
  return (
    <Layout title="Sign in" nav="login" csrf={null} flash={props.flash}>
      <p>
        Paste the panel token: the one in <code>WIREWATCH_UI_TOKEN</code> (or its file), or the one printed when the service first started.
      </p>
      <form method="post" action="/ui/login">
        <input type="hidden" name="_csrf" value={props.formToken} />
        <label for="token">Admin token</label>
        <input id="token" name="token" type="password" autocomplete="current-password" required autofocus />
        <p>
          <button type="submit">Sign in</button>
        </p>
      </form>
    </Layout>
  );
}
