/** Bot Framework activities as a channel sends them, and a POST of one to a started bot. */

/**
 * An activity from a visitor, replying through `serviceUrl`.
 * @example anActivity(channel.url, { type: 'message', text: 'hello' })
 */
export function anActivity(serviceUrl: string | undefined, fields: Record<string, unknown>) {
  return {
    id: `activity-${Math.random().toString(36).slice(2, 8)}`,
    timestamp: new Date().toISOString(),
    channelId: 'emulator',
    serviceUrl,
    from: { id: 'visitor-1', name: 'Visitor', role: 'user' },
    recipient: { id: 'thb-bot', name: 'THB bot', role: 'bot' },
    conversation: { id: 'conversation-1' },
    ...fields,
  };
}

/**
 * POSTs a body (an object as JSON, a string as is) to the bot's `/api/messages`.
 * @example const response = await postActivity(bot.url, anActivity(url, { type: 'message' }));
 */
export function postActivity(botUrl: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${botUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
