/**
 * wsse:UsernameToken with a clear-text password (Username Token Profile 1.0 §3), the only form WCF sends
 * over message security — where it travels encrypted as a signed-and-encrypted supporting token. Nonce and
 * Created are accepted on receive and ignored, as WCF ignores them; a password digest is refused.
 */
import type { XmlElement } from '../../xml';
import { SecurityTokenError } from '../MessageSecurityError';
import { PASSWORD_TEXT_TYPE, WSSE_NAMESPACE, WSSE_PREFIX, WSU_NAMESPACE, WSU_PREFIX } from './WssConstants';
import { childElements, textElement, textOf } from './xmlReading';

export interface UsernameToken {
  readonly id: string | undefined;
  readonly userName: string;
  readonly password: string;
}

export function createUsernameTokenElement(token: {
  id: string;
  userName: string;
  password: string;
}): XmlElement {
  const e = textElement(WSSE_PREFIX, 'UsernameToken', WSSE_NAMESPACE, '');
  e.setAttribute('Id', token.id, WSU_NAMESPACE, WSU_PREFIX);
  e.appendChild(textElement(WSSE_PREFIX, 'Username', WSSE_NAMESPACE, token.userName));
  e.appendChild(
    textElement(WSSE_PREFIX, 'Password', WSSE_NAMESPACE, token.password, { Type: PASSWORD_TEXT_TYPE }),
  );
  return e;
}

export function readUsernameToken(element: XmlElement): UsernameToken {
  const bad = (why: string): never => {
    throw new SecurityTokenError(`The UsernameToken is not valid: ${why}.`);
  };
  const items = childElements(element) ?? bad('it has character content');
  let userName: string | undefined;
  let password: string | undefined;
  for (const item of items) {
    if (item.namespaceUri === WSSE_NAMESPACE && item.localName === 'Username' && userName === undefined) {
      userName = textOf(item) ?? bad('Username has element content');
    } else if (
      item.namespaceUri === WSSE_NAMESPACE &&
      item.localName === 'Password' &&
      password === undefined
    ) {
      const type = item.getAttribute('Type') ?? PASSWORD_TEXT_TYPE;
      if (type !== PASSWORD_TEXT_TYPE) bad(`password Type '${type}' is not supported`);
      password = textOf(item) ?? bad('Password has element content');
    } else if (
      (item.namespaceUri === WSSE_NAMESPACE && item.localName === 'Nonce') ||
      (item.namespaceUri === WSU_NAMESPACE && item.localName === 'Created')
    ) {
      continue;
    } else {
      bad(`unexpected element ${item.qualifiedName}`);
    }
  }
  if (userName === undefined || userName === '') return bad('it has no Username');
  return { id: element.getAttribute('Id', WSU_NAMESPACE), userName, password: password ?? '' };
}
