
test('a story plays in the embed view too', async ({ page }) => {
  await page.goto('/embed?story=csto&step=6');
  const player = page.getByTestId('story-player');
  await expect(player).toHaveAttribute('data-step', '6', { timeout: 60_000 });
  await expect(page.getByTestId('story-title')).toContainText('Kazakhstan');
  await player.getByRole('button', { name: /Next/ }).click();
  await expect(player).toHaveAttribute('data-step', '7');
  await expect(page.getByRole('link', { name: /Open in Entente/ })).toHaveAttribute('href', /story=csto&step=7|step=7.*story=csto/);
});
